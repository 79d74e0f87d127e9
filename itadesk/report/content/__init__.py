"""What the report says, free of any file format: the PDF (ReportLab) and the Word file (python-docx) both lay it out.

Strings are plain text as the clerk would read them; each builder turns numbers into Thai digits the same way
(``to_thai_digits_in_prose``) when it draws them.
"""
