"""The report as a Word file (python-docx): the same content as the PDF, for a clerk who wants to edit it in Word."""
