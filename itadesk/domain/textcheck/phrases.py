"""The words of ITA prose the checks read, as patterns: what makes a number a score, a difference, a percentage,
a threshold or target, a count, a time; what names a year, a tool, an indicator, a level and a change."""

import re

DIGIT = "[0-9๐-๙]"
NUMBER = re.compile(
    rf"(?<![0-9๐-๙])(?<![0-9๐-๙][.,/:\-])({DIGIT}+(?:\.{DIGIT}+)?)(?![0-9๐-๙]|\.{DIGIT}|/{DIGIT}|:{DIGIT})"
)
URL = re.compile(
    r"(?:https?://|www\.)\S+|\S+\.(?:go|or|ac|co|in)\.th\S*|[A-Za-z0-9.-]+\.(?:com|net|org)(?:/\S*)?",
    re.IGNORECASE,
)

# "เพิ่ม" and "ลด" alone only before what they went from or to: "เพิ่มจาก ๘๘.๒๐ เป็น ๙๑.๑๖" ("เพิ่มช่องทาง" is no change)
UP = "เพิ่มขึ้น|สูงขึ้น|ดีขึ้น|มากขึ้น|ขยับขึ้น|ปรับขึ้น|เพิ่ม(?=\\s*(?:จาก|เป็น))"
DOWN = "ลดลง|ต่ำลง|น้อยลง|ขยับลง|ปรับลด|ลด(?=\\s*(?:จาก|เหลือ))"
SAME = "เท่าเดิม|เท่ากันกับ|เท่ากับปี|เท่ากัน|คงที่|คงเดิม|ไม่เปลี่ยนแปลง|ไม่มีการเปลี่ยนแปลง|เหมือนเดิม|ทรงตัว"
CHANGE = re.compile(rf"({UP})|({DOWN})|({SAME})")
CHANGE_BEFORE = re.compile(rf"(?:{UP}|{DOWN})")
# how a text names its agency: "หน่วยงาน", "เทศบาลตำบลโพนสูง", "อบต.คำเจริญ"
AGENCY_WORD = r"(?:หน่วยงาน|เทศบาล\S*?|อบต\.?\s*\S*?|องค์การ\S*?)"
YEAR_PREFIX = r"(?:ปี\s*(?:งบประมาณ|งบฯ|งบ)?\s*(?:พ\.\s*ศ\.)?\s*)"
RELATIVE_YEAR = re.compile(
    r"(ปีนี้|ปีปัจจุบัน|ปีล่าสุด)"
    r"|(ปีที่แล้ว|ปีก่อน(?:หน้า)?|ปีที่ผ่าน ?มา|ปีงบประมาณที่ผ่านมา|ปีงบประมาณก่อน(?:หน้า)?)"
    r"|(ปีหน้า|ปีต่อไป|ปีถัดไป|ปีงบประมาณถัดไป|ปีงบประมาณหน้า|ครั้งต่อไป|ครั้งถัดไป)"
)
YEAR_WRITTEN = re.compile(r"(?<![0-9๐-๙.])(2[45][0-9]{2}|๒[๔๕][๐-๙]{2})(?![0-9๐-๙])")
# a year compared with: "จากปี ๒๕๖๗", "เมื่อเทียบกับปีงบประมาณ พ.ศ. ๒๕๖๗", "เท่ากันกับปีที่แล้ว"
YEAR_COMPARED_BEFORE = re.compile(rf"(?:(?<!หลัง)จาก|กับ|กว่า|ระหว่าง|เทียบ)\s*(?:ผลการประเมิน|ผล|คะแนน)?\s*{YEAR_PREFIX}?$")
# the second of two years listed, not a year compared with: "ปี ๒๕๖๗ กับปี ๒๕๖๘ ได้คะแนน …" (but "เทียบปี ๒๕๖๗ กับ
# ปี ๒๕๖๘" compares them)
YEAR_THEN_WITH = re.compile(rf"(?P<compares>เทียบ\s*)?{YEAR_PREFIX}?{DIGIT}{{2,4}}\s*\)?\s*(?:กับ|และ)\s*{YEAR_PREFIX}?$")
# "เมื่อคิดเป็นร้อยละ ตัวชี้วัดนี้ลดลง 2.35": a percentage named before the change it measures
PERCENT_FRAME = re.compile(rf"(?:คิดเป็น|ในรูป(?:ของ)?)\s*ร้อยละ[^0-9๐-๙]{{0,40}}(?:{UP}|{DOWN})\s*$")
BREAKS = re.compile(r"โดย(?!ด่วน)|แสดงให้เห็น|ทั้งนี้|ขณะที่|ส่วน(?:ใน)?ปี|ซึ่งในปี|แต่|อย่างไรก็ตาม|นอกจากนี้|เนื่องจาก")
# the agency's overall score ("… | รวม: ๗๕.๑๔"), not the whole of a tool or indicator named after it
# ("คะแนนรวมของตัวชี้วัดการใช้อำนาจ")
OVERALL = re.compile(
    r"(?:ภาพรวม|คะแนนรวม|คะแนนเฉลี่ย|ผลรวม|(?<![\u0e01-\u0e4e])รวม(?=\s*[:=]))"
    r"(?!\s*(?:ของ|ใน)\s*(?:ตัวชี้วัด|ตชว|เครื่องมือ|แบบวัด|แบบ|IIT|EIT|OIT|ข้อ))"
)
TOOL = re.compile(r"(?<![A-Za-z])(IIT|EIT|OIT)(?![A-Za-z])")
# "ตัวชี้วัดที่ ๙" (or "ตชว.9"), "ตัวชี้วัดนี้" (the section's), "ตัวชี้วัดที่ลดลง" (those that…: several), "ตัวชี้วัดการ…"
INDICATOR = re.compile(
    rf"(?:ตัวชี้วัด(?:ที่)?|ตชว\.?)\s*({DIGIT}{{1,2}})(?![0-9๐-๙]|\.{DIGIT})|ตัวชี้วัด(นี้)|ตัวชี้วัด(ที่)(?!\s*{DIGIT})|ตัวชี้วัด(?!ที่)"
)
# the rest, after some were named: "… ส่วนตัวชี้วัดที่ ๙ ได้ 100 คะแนนเท่าเดิม นอกนั้นลดลงทั้งหมด"
THE_OTHERS = re.compile(r"นอกนั้น|นอกจากนั้น|ที่เหลือ(?:ทั้งหมด)?|ตัวอื่น\s*ๆ|ตัวอื่น")
# "ตัวชี้วัดอื่น", "ตัวชี้วัดที่เหลือ", "ตัวชี้วัดส่วนใหญ่": several indicators, none named
SEVERAL_INDICATORS = re.compile(r"\s*(?:อื่น|ที่เหลือ|ส่วนใหญ่|ทั้งหมด|ทั้ง\s*[0-9๐-๙]|ต่าง\s*ๆ|หลาย)")
# a tool named as the group a figure ranks in, not as what the figure is about: "สูงที่สุดในเครื่องมือ IIT",
# "เป็นตัวชี้วัดเดียวใน EIT ที่ลดลง"
TOOL_AS_SCOPE = re.compile(r"(?:ที่สุด|สูงสุด|ต่ำสุด|มากสุด|น้อยสุด|เดียว)\s*(?:ใน|ของ)\s*(?:กลุ่ม|เครื่องมือ|แบบวัด|แบบ)?\s*$")
TOOL_OF_INDICATOR = re.compile(r"ใน\s*(?:กลุ่ม|เครื่องมือ|แบบวัด|แบบ)?\s*$")
# a question of a tool (i1–i30, e1–e15, o1–o33; EB16, IT3, O26 in earlier years): its score is not an indicator's
ITEM = re.compile(rf"(?<![A-Za-z])(?:IT|EB|IB|OB|[iIeEoO])\s*{DIGIT}{{1,2}}(?![0-9๐-๙.])")
INDICATOR_NUMBER_BEFORE = re.compile(r"(?:ตัวชี้วัด(?:ที่)?|ตชว\.?)\s*$")
NUMBERS_LISTED = re.compile(
    rf"{DIGIT}{{1,2}}(?:(?:\s*(?:[,–\-]|ถึง|และ|หรือ)\s*|\s+)(?:ตัวชี้วัด(?:ที่)?\s*)?{DIGIT}{{1,2}}(?![0-9๐-๙.]))+"
)
RANGE_WORD = re.compile(r"[–\-]|ถึง")
# another indicator named to compare with, not as what the text is about: "เท่ากับตัวชี้วัดที่ ๑", "รองจากตัวชี้วัดที่ ๘"
COMPARED_WITH_BEFORE = re.compile(r"(?:เท่ากับ|เท่ากัน|รองจาก|กว่า|เช่นเดียวกับ|เหมือน|ร่วมกับ|ตามหลัง|ถัดจาก)\s*$")
GROUP_AFTER = re.compile(
    rf"\s*(?:[–\-,]|ถึง|และ|หรือ)\s*(?:ตัวชี้วัด(?:ที่)?\s*)?{DIGIT}"
    rf"|\s+{DIGIT}{{1,2}}(?:\s+{DIGIT}{{1,2}})*\s*(?:และ|,)\s*{DIGIT}{{1,2}}(?![0-9๐-๙.])"  # "ตัวชี้วัดที่ ๖ ๗ และ ๘"
)
LEVEL_CHANGE = re.compile(
    rf"ระดับ(?:ผลการประเมิน|การประเมิน)?(?:ของ\s*{AGENCY_WORD})?"
    rf"(?:\s*(?:ใน|ของ)?\s*(?:{YEAR_PREFIX}{DIGIT}{{4}}|ปีนี้|ปีปัจจุบัน|ปีที่แล้ว|ปีก่อน))?"
    rf"\s*(?:ยังคง|ยัง|จึง|ก็|จะ|กลับ|ที่)?\s*(?:({UP}|เลื่อนขึ้น)|({DOWN}|เลื่อนลง)|(เท่าเดิม|คงเดิม|"
    r"คงที่|ไม่เปลี่ยนแปลง|เหมือนเดิม|ทรงตัว|(?:เท่ากับ|เหมือน)ปี(?:ที่แล้ว|ก่อน)))|(?:(เลื่อน|ขยับ)(?:ขึ้น)?\s*(?:หนึ่ง|สอง|[1-4๑-๔])?\s*(?:ระดับ))"
    r"|(?:(ระดับเดิม|ระดับเดียวกัน|ระดับเดียวกับ))"
    r"|(ลดระดับ|ตกระดับ|ปรับระดับลง|(?:ลดลง|ตกลง|ต่ำลง)(?:มา)?(?:กว่า\S{0,12})?\s*(?:หนึ่ง|สอง|[1-4๑-๔])\s*ระดับ)"
    rf"|((?:{UP}|ขึ้นมา)(?:กว่า\S{{0,12}})?\s*(?:หนึ่ง|สอง|[1-4๑-๔])\s*ระดับ|ปรับระดับขึ้น)"
)
# a change of level denied: "ยังไม่ได้เลื่อนระดับ", "ไม่ได้ลดระดับ"
NOT_MOVED_BEFORE = re.compile(r"(?:ยัง)?ไม่(?:ได้)?\s*$")
# a level that is a threshold, a hope or denied, not the agency's: "เกณฑ์ระดับผ่าน", "หากต้องการเลื่อนขึ้นสู่ระดับผ่าน",
# "ยังไม่ถึงระดับผ่านดี"
HYPOTHETICAL_LEVEL = re.compile(
    r"(?:(?<!อยู่ใน)เกณฑ์|เป้า|(?<!ปัญ)หาก|ถ้า|สู่|โอกาส|ต้องได้|จะได้|(?<!ทำ)ให้ได้|ให้อยู่ใน|ต้องการ|กลับไป|จะ(?:อยู่|คง|เลื่อน|ขยับ|ผ่าน)"
    r"|ไม่(?:เคย)?(?:ถึง|ได้|ใช่|อยู่)|ยังไม่|เกือบ|ใกล้|ข้าม)"
    r"\S{0,10}\s*$"
)
# a supposition ("ถ้า OIT ได้ ๘๕ คะแนน จะอยู่ในระดับผ่านดี"), not a way of looking at the results ("หากพิจารณา…")
SUPPOSE = r"(?:(?<!ปัญ)หาก(?!ิน)|ถ้า|สมมติ(?:ว่า)?)(?!\s*(?:พิจารณา|เทียบ|เปรียบเทียบ|ดู|วิเคราะห์|มอง|แยก|จำแนก))"
CONDITION = re.compile(SUPPOSE)
# where a supposition and its consequence end, besides a new clause
CONDITION_ENDS = re.compile(r"พบว่า|เห็น(?:ได้)?ว่า|ปรากฏว่า")
CONDITION_REACH = 100
# words that make a clause a forecast, a plan, a hope or a supposition rather than what happened:
# "คาดว่าในปีหน้าคะแนนจะเพิ่มขึ้นเป็น ๙๙.๐๐", "มุ่งหวังให้คะแนนสูงขึ้น" ("จะเห็นได้ว่า" only points at a result)
HEDGE = re.compile(
    rf"(?<!ไม่)จะ(?!เห็น)|ควร|อาจ|คาด|หวัง|เป้า|มุ่ง|พยายาม|ต้องการ|ไม่ให้|ระวัง|ปีหน้า|ปีต่อไป|ปีถัดไป|ครั้งต่อไป|ครั้งถัดไป|"
    rf"ในอนาคต|{SUPPOSE}"
)
HEDGE_REACH = 50
# "แม้ … จะ …", "ถึงแม้ว่า … จะ …": although, and what follows is what happened
CONCEDE = re.compile(r"แม้")
# another agency or a mean of many: "ค่าเฉลี่ยของหน่วยงานในอำเภอ", "เทศบาลเมืองในจังหวัดได้คะแนนเฉลี่ย", "ระดับประเทศ"
OTHER_AGENCIES = re.compile(
    r"ค่าเฉลี่ย|เฉลี่ย(?:ของ|ระดับ|ใน)|คะแนนเฉลี่ยระดับ|ในจังหวัด|ในอำเภอ|ของจังหวัด|ของอำเภอ|ระดับจังหวัด|ระดับอำเภอ|"
    r"ระดับประเทศ|ทั่วประเทศ|หน่วยงานอื่น|อื่น ๆ|อื่นๆ|ข้างเคียง|ใกล้เคียง|ติดกัน|ทั้งจังหวัด|ทั้งอำเภอ"
)
# words that name an indicator or a tool in general: a figure in a line with them (or with an indicator's name) and
# no subject of its own may be theirs ("ด้านที่ยังอ่อนที่สุดคือการปรับปรุงระบบการทำงาน ซึ่งได้เพียง ๗๑.๘๔ คะแนน")
OTHER_SUBJECT_WORDS = re.compile(r"ตัวชี้วัด|ด้าน|IIT|EIT|OIT|แบบวัด|เครื่องมือ")
# a level as what a score band is called, not the agency's: "ต่ำกว่า ๗๐ คะแนนถือเป็นระดับ…", "เกณฑ์ ๘๕.๐๐ ของระดับผ่านดี"
LEVEL_AS_BAND_BEFORE = re.compile(
    r"(?:ถือ(?:ว่า)?(?:เป็น|อยู่ใน)?|หมายถึง|เกณฑ์[\s0-9๐-๙.]{0,14}(?:คะแนน)?\s*(?:ของ|สำหรับ)?|ของ|สำหรับ)\s*$"
)
LEVEL_DEFINED_AFTER = re.compile(r"\s*(?:กำหนด|ต้อง|จะต้อง|หมายถึง)")

UNITS = (
    "ครั้ง|คน|ราย|วัน|เดือน|ปี(?!\\s*(?:งบ\\S*|พ\\.\\s*ศ\\.)?\\s*[0-9๐-๙])(?!นี้|ที่|ก่อน|หน้า|ปัจจุบัน)|ข้อ|บาท|ล้าน|แสน|หมื่น|ชั่วโมง|ชม|นาที|เรื่อง|แห่ง|หมู่|ตัวชี้วัด|ช่องทาง|ฉบับ|โครงการ|"
    "กิจกรรม|ด้าน|ประเด็น|มาตรการ|ลำดับ|หน่วย|หลัง|คู่มือ|ขั้นตอน|ระบบ|รายการ|กอง|สำนัก|ส่วน|ท่าน|เครื่อง|ชุด|แผน|"
    "รุ่น|ชิ้น|เล่ม|ตำแหน่ง|ครัวเรือน|หมู่บ้าน|ระดับ|คำร้อง|คำขอ|ใบ|โพสต์|ข่าว|คลิป|ภาพ|ป้าย|จุด|ช่อง|บัญชี|ไฟล์|หน้า|ข้อความ"
)
AFTER_UNIT = re.compile(rf"\s*(?:{UNITS})")
AFTER_POINTS = re.compile(r"\s*\)?\s*คะแนน")
AFTER_PERCENT = re.compile(r"\s*(?:%|เปอร์เซ็นต์|เปอร์เซ็น)")
BEFORE_PERCENT = re.compile(r"ร้อยละ\s*[+\-−]?\s*$")  # "ร้อยละ ๐.๗๕", "(ร้อยละ +๖.๒๗)"
BEFORE_POINTS = re.compile(r"คะแนน(?:ที่ได้(?:รับ)?|รวม|เฉลี่ย|ภาพรวม|ประเมิน)?\s*(?:ได้|ได้รับ|เท่ากับ|อยู่ที่|คือ|เป็น|รวม)?\s*$")
SCORE_VERB_BEFORE = re.compile(r"(?:ได้|ได้รับ|อยู่ที่|คือ|เท่ากับ|มีคะแนน|=|:)\s*$")
BEFORE_DIFFERENCE = re.compile(
    rf"(?:(?:{UP}|{DOWN})\s*(?:(?:มากที่สุด|สูงสุด|น้อยที่สุด|ต่ำสุด)\s*(?:ใน\S{{0,12}}\s*(?:IIT|EIT|OIT)?)?\s*(?:คือ|โดย)?"
    r"|เป็นจำนวน|อีก|จำนวน|มา|ถึง|เล็กน้อย|เพียง|ประมาณ|ราว|แค่)?(?:\s*(?:เพียง|ประมาณ|ราว|แค่))?"
    r"|ต่างกัน|(?:ผลต่าง|ห่างกัน)\s*(?:=|:|คือ|เท่ากับ|อยู่ที่)?)\s*$"
)
# a sign: "ผลต่าง -๓.๓๑", "(+๐.๗๓)": a difference, never a score
SIGN_BEFORE = re.compile(r"(?:[=:(]|\S\s)[-+−]$")
# the result of a subtraction: "๙๘.๒๗ - ๙๗.๕๔ = ๐.๗๓"
SUBTRACTED_BEFORE = re.compile(rf"{DIGIT}\s*(?:คะแนน)?\s*[-–−]\s*{DIGIT}[0-9๐-๙.]*\s*(?:คะแนน)?\s*=\s*$")
# "… เป็น ๙๕.๖๘ คะแนน หรือ ๗.๓๕ คะแนน": after a change from one score to another, the difference
OR_AFTER_CHANGE = re.compile(
    rf"(?:(?:เป็น|เหลือ)\s*{DIGIT}[0-9๐-๙.]*\s*คะแนน|ร้อยละ\s*{DIGIT}[0-9๐-๙.]*|{DIGIT}[0-9๐-๙.]*\s*%)"
    r"\s*(?:หรือ|คิดเป็น)\s*(?:เพิ่มขึ้น|ลดลง)?\s*$"
)
BEFORE_AMOUNT = re.compile(r"(?:จำนวน|อีก|ถึง|เป็นจำนวน)\s*$")
# "เพิ่มขึ้นจากปีที่แล้ว ๐.๗๓ คะแนน": the difference, or last year's score
# ("สูงกว่าปีที่ผ่านมา ๐.๔๓ คะแนน", "ลดลงจากเดิม ๙๕.๙๕", "เพิ่มขึ้นจากปี ๒๕๖๘ (๗๒.๔๐ คะแนน) ๗.๗๐ คะแนน")
BEFORE_COMPARED = re.compile(
    rf"(?:(?:{UP}|{DOWN})\s*(?:กว่า|จาก|เมื่อเทียบกับ|เทียบกับ)\s*{YEAR_PREFIX}(?:ที่แล้ว|ก่อน(?:หน้า)?|ที่ผ่าน ?มา|{DIGIT}{{4}})?"
    rf"|(?:สูง|ต่ำ|มาก|น้อย|ดี)กว่า\s*{YEAR_PREFIX}(?:ที่แล้ว|ก่อน(?:หน้า)?|ที่ผ่าน ?มา|{DIGIT}{{4}})"
    rf"|(?:{UP}|{DOWN})\s*จากเดิม)\s*(?:\([^()]{{0,30}}\))?\s*(?:อยู่|ถึง)?\s*$"
)
# "เพื่อยกคะแนนจาก ๘๓.๑๕ คะแนนให้ถึง ๘๕ คะแนน": the score now, that a measure means to raise
RAISED_TO_AFTER = re.compile(r"\s*(?:คะแนน)?\s*(?:ให้(?:ถึง|ได้|เป็น|ขึ้น)|ขึ้นไป|สู่)")
# a weight in a formula: "0.3×IIT + 0.3×EIT + 0.4×OIT"
TIMES_AFTER = re.compile(r"\s*[×*]")
TIMES_BEFORE = re.compile(r"[×*]\s*$")
BEFORE_FROM = re.compile(r"จาก(?:เดิม)?(?:ที่ได้)?\s*$")
# "ฐานของปีก่อนเป็น 100 คะแนน": a year's figure, not the score a change went to
YEAR_IS_BEFORE = re.compile(
    r"(?<!จาก)(?<!จาก\s)(?:ฐาน|คะแนน)(?:ของ)?\s*"
    rf"(?:ปีก่อน(?:หน้า)?|ปีที่แล้ว|ปีที่ผ่านมา|ปีนี้|ปีปัจจุบัน|{YEAR_PREFIX}{DIGIT}{{4}})\s*(?:เป็น|คือ)\s*$"
)
BEFORE_TO = re.compile(r"(?:เป็น|เหลือ|มาอยู่ที่|ขึ้นมาที่|→|->|=>|➔)\s*$")
ARROW_AFTER = re.compile(r"\s*(?:คะแนน)?\s*(?:→|->|=>|➔)")  # "๙๖.๔๐ → ๙๑.๘๕": the score before
CHANGE_THEN_AT = re.compile(rf"(?:{UP}|{DOWN}|{SAME})\s*ที่\s*$")  # "คงที่ ที่ ๑๐๐.๐๐": the score it stays at
BEFORE_ORDINAL = re.compile(r"(?:(?<!อยู่)(?<!ไว้)(?<!เดิม)(?<!เท่ากัน)(?<!คง)ที่|ข้อ|ลำดับ|หมู่|ฉบับ|มาตรา|ครั้ง)\s*$")
# thresholds and targets, not results: "ตั้งแต่ ๘๕.๐๐ คะแนนขึ้นไป", "ให้ได้ไม่น้อยกว่า ๙๕ คะแนน", "คะแนนเต็ม ๑๐๐"
BEFORE_BOUND = re.compile(
    r"(?:ตั้งแต่|ไม่น้อยกว่า|ไม่ต่ำกว่า|ไม่เกิน|มากกว่า|น้อยกว่า|ต่ำกว่า|สูงกว่า|เกณฑ์|เกิน|เต็ม|เป้าหมาย|ให้ได้|"
    r"ขั้นต่ำ|อย่างน้อย|ให้ถึง|ไม่ถึง|ถึงเกณฑ์|เหนือ|(?:ใด|ไหน)\s*(?:ได้)?\s*ถึง)\s*(?:คะแนน)?\s*(?:ที่)?\s*$"
)
AFTER_BOUND = re.compile(r"\s*(?:คะแนน)?\s*(?:ขึ้นไป|ลงมา|เต็ม)")
# a word of a target, a threshold or a supposition: the first number after it is not a result
TARGET = re.compile(
    rf"เป้า|เกณฑ์|คาดว่า|คาดการณ์|คาดหวัง|(?<!ทำ)(?<!ผล)ให้ได้|ต้อง(?:ได้|ถึง|มี)|จะ(?:ได้|ถึง)|{SUPPOSE}|ไม่ต่ำกว่า|"
    r"ไม่น้อยกว่า|อย่างน้อย|"
    r"ขั้นต่ำ|ค่าเฉลี่ย(?!ของหน่วยงาน)|ทั่วประเทศ|ระดับประเทศ|ระดับจังหวัด|ระดับอำเภอ|ของจังหวัด"
)
RESULT_VERB = re.compile(r"(?<!ให้)(?<!ต้อง)(?<!จะ)(?<!โอกาส)ได้(?!แก่)")
# how far a result is from a threshold named before it: "ต่ำกว่าเกณฑ์ ๘๕ คะแนน อยู่ ๙.๘๖ คะแนน"
GAP_BEFORE = re.compile(r"(?:อยู่|อีก|ประมาณ|เพียง|มา)\s*$")
GAP_RIGHT_AFTER = re.compile(r"\s*(?:คะแนน)?\s*\)?\s*")
# how far from a threshold, whatever came before: "ขาดอีก ๒.๕๐ คะแนนจึงจะถึง ๘๕ คะแนน"
SHORT_OF = re.compile(r"(?:ขาด|ห่าง(?:จาก)?(?:เกณฑ์)?)(?:อยู่)?(?:อีก)?(?:เพียง|ประมาณ|แค่)?\s*$")
GAP_REACH = 60
# a range of scores: "ช่วงคะแนน ๘๕.๐๐ – ๙๔.๙๙", "ระหว่าง ๗๐ ถึง ๘๔.๙๙ คะแนน"
RANGE_AFTER = re.compile(rf"\s*(?:คะแนน)?\s*[–—-]\s*{DIGIT}")
RANGE_BEFORE = re.compile(
    rf"(?:{DIGIT}\s*(?:คะแนน)?\s*[–—-]|(?:ช่วง|ระหว่าง|ตั้งแต่)\S{{0,8}}\s*{DIGIT}[0-9๐-๙.]*\s*(?:คะแนน)?\s*(?:ถึง|และ))\s*$"
)
TIME_AFTER = re.compile(rf"\s*(?:(?:[–\-]|ถึง)\s*{DIGIT}{{1,2}}[.:]{DIGIT}{{2}}\s*)?(?:น\.(?=\s|$|\))|นาฬิกา)")
BEFORE_TIME = re.compile(rf"(?:เวลา\s*|{DIGIT}{{1,2}}[.:]{DIGIT}{{2}}\s*(?:น\.)?\s*(?:[–\-]|ถึง)\s*)$")
# a rating on a small scale: "๔.๕๒ จากคะแนนเต็ม ๕", "๓.๘๕ จาก ๕ ระดับ"
SCALE_AFTER = re.compile(r"\s*(?:คะแนน\s*)?(?:จาก|เต็ม)\s*(?:คะแนนเต็ม|ทั้งหมด)?\s*[1-9๑-๙][0๐]?(?![0-9๐-๙.])")
OWN_YEAR = re.compile(
    rf"\s*\)?\s*(?:คะแนน\s*\)?\s*(?P<in>ใน|ของ)?|(?P<only_in>ใน|ของ))\s*(?:{YEAR_PREFIX}(?P<year>{DIGIT}{{4}})"
    rf"|ปี\s*(?P<short>[6-9๖-๙]{DIGIT})(?![0-9๐-๙.])|(?P<current>ปีนี้|ปีปัจจุบัน)"
    r"|(?P<previous>ปีที่แล้ว|ปีก่อน|ปีที่ผ่านมา))"
)
# a year in brackets after a score: "94.47 (2567)", "๘๕.๙๐ คะแนน (ปี ๒๕๖๘)"
# more years listed after a score's year: "… ๙๓.๐๑ คะแนน ในปี ๒๕๖๗ และปี ๒๕๖๘ ตามลำดับ" names no year of its own
YEARS_LISTED_AFTER = re.compile(rf"\s*(?:,|และ)\s*(?:ใน)?\s*{YEAR_PREFIX}?{DIGIT}{{4}}")
OWN_YEAR_IN_BRACKETS = re.compile(
    rf"\s*(?:คะแนน)?\s*\(\s*(?:(?:{YEAR_PREFIX}|พ\.\s*ศ\.\s*)?(?P<year>{DIGIT}{{4}})|ปี\s*(?P<short>[6-9๖-๙]{DIGIT}))\s*\)"
)
# a year written short: "ปี 67", "ปีงบฯ ๖๘", "พ.ศ. 68"
SHORT_YEAR_BEFORE = re.compile(r"(?:ปี\s*(?:งบประมาณ|งบฯ|งบ)?|พ\.\s*ศ\.)\s*$")
# what may follow a score's own year: the clause ends there ("๙๕.๕๑ คะแนน ปี ๒๕๖๗)", "… ปีนี้ และ…")
CLAUSE_ENDS = re.compile(r"\s*(?:[,)\]/|;:]|และ|ซึ่ง|โดย|ส่วน|เมื่อ|(?<=\s)จึง|ทำให้|ขณะที่|แต่|\(|ตามลำดับ|$)")
YEAR_STARTS_CLAUSE = re.compile(rf"\s*(?:\)\s*)?(?:ตัวชี้วัดนี้|{AGENCY_WORD})?\s*(?:ได้|อยู่ที่|มีคะแนน|คะแนน|เท่ากับ|=|:|{DIGIT})")
YEAR_BEFORE_PAREN = re.compile(rf"(?:{DIGIT}{{4}}|ปีที่แล้ว|ปีก่อน(?:หน้า)?|ปีที่ผ่านมา|ปีนี้)\s*\)?\s*\(\s*$")

# the words an indicator's name (or a name written for one) begins with: "การ…", "คุณภาพ…", "มาตรฐาน…"
NAME_START = r"(?:การ|ความ|คุณภาพ|ประสิทธิภาพ|ประสิทธิผล|มาตรฐาน|ระบบ|คุณธรรม|ธรรมาภิบาล|ภาวะ|วัฒนธรรม|จริยธรรม|บทบาท|ภาพลักษณ์)"
# an indicator named by its name as what a figure is about
AFTER_NUMBERED_REFERENCE = re.compile(rf"ตัวชี้วัด(?:ที่)?\s*{DIGIT}{{1,2}}\s*[(“\"']?\s*(?:ด้าน|เรื่อง)?\s*$")
NAME_HEAD_BEFORE = re.compile(
    r"(?:^|[\s(“\"']|ผลการประเมิน|ด้าน|โดย|ส่วน|คือ|และ|ซึ่ง|แต่|แม้|คะแนน(?:ของ)?|เรื่อง|ประเด็น|ตัวชี้วัด|ปีนี้|ปีที่แล้ว|ปีก่อน|"
    rf"ปีที่ผ่านมา|{DIGIT}{{4}})\s*$"
)
NAME_AFTER_INDICATOR_WORD = re.compile(r"ตัวชี้วัด\s*$")
NAME_HEAD_AFTER = re.compile(
    rf"\s*(?:ของ\s*(?:เทศบาล|หน่วยงาน|อบต|องค์การ)\S*\s*)?(?:(?:ใน|ของ)?ปี(?:นี้|\s*{DIGIT}{{2,4}})\s*)?(?:กลับ|ก็)?\s*(?:ได้(?!แก่)|มีคะแนน|คะแนน|อยู่ที่|ผลการประเมิน|\(|{UP}|{DOWN}|{SAME}|{DIGIT}+(?:\.{DIGIT}+)?\s*คะแนน)"
)

# an agency named with its place, written on: "องค์การบริหารส่วนตำบลโนนหัวช้าง", "อบต.นาแก", "ทต.ห้วยเม็ก"
AGENCY_KIND = r"(?:องค์การบริหารส่วนตำบล|เทศบาล(?:ตำบล|เมือง|นคร)|อบต\.|ทต\.|ทม\.|ทน\.)"
AGENCY_NAMED = re.compile(rf"{AGENCY_KIND}(?P<place>[\u0e01-\u0e4e]+)")
AGENCY_KIND_AT_START = re.compile(rf"^(?:{AGENCY_KIND}|เทศบาล|อบต)\s*")
# words that follow an agency's kind without naming a place: "อบต. ได้", "เทศบาลเมืองแห่งนี้"
NOT_A_PLACE = re.compile(
    r"ได้|มี|ซึ่ง|อยู่|จึง|ยัง|ก็|ของ|และ|ใน|นี้|แห่ง|เรา|ทั้ง|ต้อง|ควร|จะ|เป็น|คือ|ที่|โดย|มุ่ง|เพิ่ม|ลด|สามารถ|ให้|จัด|"
    r"ดำเนิน|เคย|ไม่|กับ|ทุก|อื่น|ข้างเคียง|ใกล้เคียง|หลาย|บาง|ส่วน|รวม|ขนาด"
)
# the gap between two tools or indicators, not a score of either: "ผลต่างระหว่าง IIT กับ EIT ลดลงจาก ๗.๐๗ คะแนน"
BETWEEN_SUBJECTS = re.compile(
    r"(?:ผลต่าง|ความต่าง|ช่องว่าง|ส่วนต่าง|ความห่าง|ระยะห่าง)(?:ของคะแนน)?\s*ระหว่าง\s*(?:คะแนน)?\s*"
    rf"(?:IIT|EIT|OIT|ตัวชี้วัด|ตชว|แบบวัด|เครื่องมือ|{NAME_START})"
)
# the overall score as computed from the indicators, not the official one: "คะแนนที่คำนวณตามสูตรถ่วงน้ำหนัก"
COMPUTED = re.compile(r"คำนวณ|ถ่วงน้ำหนัก|ตามสูตร")
# what a change word is said of when it is not the scores: "ความพึงพอใจเพิ่มขึ้นเป็นร้อยละ ๘๐"
OTHER_QUANTITY = re.compile(
    r"ความพึงพอใจ|พึงพอใจ|ร้องเรียน|ผู้รับบริการ|ผู้ใช้บริการ|ผู้มาติดต่อ|ผู้ติดตาม|ผู้ตอบ|ผู้เข้า|จำนวน|เบิกจ่าย|ระยะเวลา|"
    r"รอคิว|สัดส่วน|อัตรา|ยอด|ค่าใช้จ่าย|เวลา|ข้อมูลที่เผยแพร่|นาที|ต่อวัน|ต่อราย|อันดับ|น้ำหนัก"
)
# a change word followed by the percentage it went from or to: "เพิ่มขึ้นจากร้อยละ ๖.๐", "ลดลงเหลือร้อยละ ๑๒"
PERCENT_AFTER_CHANGE = re.compile(r"\s*(?:จาก|เป็น|เหลือ|มาอยู่ที่|อยู่ที่)\s*ร้อยละ")
SCORE_WORD = re.compile(r"คะแนน|ผลการประเมิน")
# something counted: "จาก ๑๐ วันทำการ เหลือ ๕ วันทำการ (ลดลงร้อยละ ๕๐)"
COUNTED = re.compile(rf"{DIGIT}\s*(?:{UNITS})")
