; *** Inno Setup version 6.4.0+ Thai messages ***
;
; Thai translation of Inno Setup's Default.isl (the version 6.4.0+ English messages), translated for
; ITA Desk. It is a modified version of that file, not the original: the untouched English original is
; kept beside it as installer/Default.isl.
;
; Default.isl is part of Inno Setup:
;   Copyright (C) 1997-2025 Jordan Russell. All rights reserved.
;   Portions Copyright (C) 2000-2025 Martijn Laan. All rights reserved.
; It and this translation are distributed under the Inno Setup License (license.txt in the Inno Setup
; package, https://jrsoftware.org/files/is/license.txt), which reads in part:
;
;   This software is provided "as-is," without any express or implied warranty. In no event shall the
;   author be held liable for any damages arising from the use of this software.
;
;   Permission is granted to anyone to use this software for any purpose, including commercial
;   applications, and to alter and redistribute it, provided that the following conditions are met:
;
;   1. All redistributions of source code files must retain all copyright notices that are currently in
;      place, and this list of conditions without modification.
;
;   2. All redistributions in binary form must retain all occurrences of the above copyright notice and
;      web site addresses that are currently in place (for example, in the About boxes).
;
;   3. The origin of this software must not be misrepresented; you must not claim that you wrote the
;      original software. If you use this software to distribute a product, an acknowledgment in the
;      product documentation would be appreciated but is not required.
;
;   4. Modified versions in source or binary form must be plainly marked as such, and must not be
;      misrepresented as being the original software.
;
; To download user-contributed translations of this file, go to:
;   https://jrsoftware.org/files/istrans/
;
; Note: When translating this text, do not add periods (.) to the end of
; messages that didn't have them already, because on those messages Inno
; Setup adds the periods automatically (appending a period would result in
; two periods being displayed).
;
; Translation notes: "file" is "แฟ้ม" and "you" is "ท่าน", as in ITA Desk itself. Thai letters cannot
; serve as keyboard accelerators on an English keyboard layout, so each accelerator keeps the English
; letter, written after the text as "(&N)", as the Japanese translation does. The fonts are left at
; Inno Setup's defaults: Tahoma, the 6.4 default dialog font, has Thai letters on every Windows.

[LangOptions]
; The following three entries are very important. Be sure to read and 
; understand the '[LangOptions] section' topic in the help file.
LanguageName=ไทย
LanguageID=$041E
LanguageCodePage=874
; If the language you are translating to requires special font faces or
; sizes, uncomment any of the following entries and change them accordingly.
;DialogFontName=
;DialogFontSize=8
;WelcomeFontName=Verdana
;WelcomeFontSize=12
;TitleFontName=Arial
;TitleFontSize=29
;CopyrightFontName=Arial
;CopyrightFontSize=8

[Messages]

; *** Application titles
SetupAppTitle=โปรแกรมติดตั้ง
SetupWindowTitle=ติดตั้ง - %1
UninstallAppTitle=ถอนการติดตั้ง
UninstallAppFullTitle=ถอนการติดตั้ง %1

; *** Misc. common
InformationTitle=ข้อมูล
ConfirmTitle=ยืนยัน
ErrorTitle=ข้อผิดพลาด

; *** SetupLdr messages
SetupLdrStartupMessage=โปรแกรมนี้จะติดตั้ง %1 ท่านต้องการดำเนินการต่อหรือไม่
LdrCannotCreateTemp=ไม่สามารถสร้างแฟ้มชั่วคราวได้ ยกเลิกการติดตั้งแล้ว
LdrCannotExecTemp=ไม่สามารถเรียกใช้แฟ้มในโฟลเดอร์ชั่วคราวได้ ยกเลิกการติดตั้งแล้ว
HelpTextNote=

; *** Startup error messages
LastErrorMessage=%1.%n%nข้อผิดพลาด %2: %3
SetupFileMissing=ไม่พบแฟ้ม %1 ในโฟลเดอร์ของการติดตั้ง โปรดแก้ไขปัญหา หรือขอรับสำเนาโปรแกรมชุดใหม่
SetupFileCorrupt=แฟ้มของโปรแกรมติดตั้งเสียหาย โปรดขอรับสำเนาโปรแกรมชุดใหม่
SetupFileCorruptOrWrongVer=แฟ้มของโปรแกรมติดตั้งเสียหาย หรือใช้กับโปรแกรมติดตั้งรุ่นนี้ไม่ได้ โปรดแก้ไขปัญหา หรือขอรับสำเนาโปรแกรมชุดใหม่
InvalidParameter=พบพารามิเตอร์ที่ไม่ถูกต้องในบรรทัดคำสั่ง:%n%n%1
SetupAlreadyRunning=โปรแกรมติดตั้งกำลังทำงานอยู่แล้ว
WindowsVersionNotSupported=โปรแกรมนี้ไม่รองรับ Windows รุ่นที่เครื่องคอมพิวเตอร์ของท่านใช้อยู่
WindowsServicePackRequired=โปรแกรมนี้ต้องใช้ %1 Service Pack %2 ขึ้นไป
NotOnThisPlatform=โปรแกรมนี้ไม่สามารถทำงานบน %1
OnlyOnThisPlatform=โปรแกรมนี้ต้องทำงานบน %1
OnlyOnTheseArchitectures=โปรแกรมนี้ติดตั้งได้เฉพาะบน Windows รุ่นที่ออกแบบสำหรับสถาปัตยกรรมหน่วยประมวลผลต่อไปนี้:%n%n%1
WinVersionTooLowError=โปรแกรมนี้ต้องใช้ %1 รุ่น %2 ขึ้นไป
WinVersionTooHighError=ไม่สามารถติดตั้งโปรแกรมนี้บน %1 รุ่น %2 ขึ้นไปได้
AdminPrivilegesRequired=ท่านต้องเข้าสู่ระบบในฐานะผู้ดูแลระบบจึงจะติดตั้งโปรแกรมนี้ได้
PowerUserPrivilegesRequired=ท่านต้องเข้าสู่ระบบในฐานะผู้ดูแลระบบ หรือสมาชิกของกลุ่ม Power Users จึงจะติดตั้งโปรแกรมนี้ได้
SetupAppRunningError=โปรแกรมติดตั้งพบว่า %1 กำลังทำงานอยู่%n%nโปรดปิดโปรแกรมนี้ทุกหน้าต่างที่เปิดอยู่ แล้วคลิก "ตกลง" เพื่อดำเนินการต่อ หรือคลิก "ยกเลิก" เพื่อออก
UninstallAppRunningError=โปรแกรมถอนการติดตั้งพบว่า %1 กำลังทำงานอยู่%n%nโปรดปิดโปรแกรมนี้ทุกหน้าต่างที่เปิดอยู่ แล้วคลิก "ตกลง" เพื่อดำเนินการต่อ หรือคลิก "ยกเลิก" เพื่อออก

; *** Startup questions
PrivilegesRequiredOverrideTitle=เลือกรูปแบบการติดตั้ง
PrivilegesRequiredOverrideInstruction=เลือกรูปแบบการติดตั้ง
PrivilegesRequiredOverrideText1=%1 ติดตั้งให้ผู้ใช้ทุกคนได้ (ต้องใช้สิทธิ์ผู้ดูแลระบบ) หรือติดตั้งเฉพาะผู้ใช้ปัจจุบันก็ได้
PrivilegesRequiredOverrideText2=%1 ติดตั้งเฉพาะผู้ใช้ปัจจุบันได้ หรือติดตั้งให้ผู้ใช้ทุกคนก็ได้ (ต้องใช้สิทธิ์ผู้ดูแลระบบ)
PrivilegesRequiredOverrideAllUsers=ติดตั้งให้ผู้ใช้ทุกคน(&A)
PrivilegesRequiredOverrideAllUsersRecommended=ติดตั้งให้ผู้ใช้ทุกคน(&A) (แนะนำ)
PrivilegesRequiredOverrideCurrentUser=ติดตั้งเฉพาะผู้ใช้ปัจจุบัน(&M)
PrivilegesRequiredOverrideCurrentUserRecommended=ติดตั้งเฉพาะผู้ใช้ปัจจุบัน(&M) (แนะนำ)

; *** Misc. errors
ErrorCreatingDir=โปรแกรมติดตั้งไม่สามารถสร้างโฟลเดอร์ "%1" ได้
ErrorTooManyFilesInDir=ไม่สามารถสร้างแฟ้มในโฟลเดอร์ "%1" ได้ เนื่องจากมีแฟ้มอยู่ในโฟลเดอร์นั้นมากเกินไป

; *** Setup common messages
ExitSetupTitle=ออกจากการติดตั้ง
ExitSetupMessage=การติดตั้งยังไม่เสร็จสิ้น หากออกตอนนี้ โปรแกรมจะยังไม่ได้รับการติดตั้ง%n%nท่านสามารถเรียกใช้โปรแกรมติดตั้งอีกครั้งในภายหลังเพื่อติดตั้งให้เสร็จสิ้น%n%nออกจากการติดตั้งหรือไม่
AboutSetupMenuItem=เกี่ยวกับโปรแกรมติดตั้ง(&A)...
AboutSetupTitle=เกี่ยวกับโปรแกรมติดตั้ง
AboutSetupMessage=%1 รุ่น %2%n%3%n%nเว็บไซต์ของ %1:%n%4
AboutSetupNote=
TranslatorNote=ข้อความภาษาไทยแปลจากต้นฉบับภาษาอังกฤษของ Inno Setup สำหรับ ITA Desk

; *** Buttons
ButtonBack=< ย้อนกลับ(&B)
ButtonNext=ถัดไป(&N) >
ButtonInstall=ติดตั้ง(&I)
ButtonOK=ตกลง
ButtonCancel=ยกเลิก
ButtonYes=ใช่(&Y)
ButtonYesToAll=ใช่ทั้งหมด(&A)
ButtonNo=ไม่(&N)
ButtonNoToAll=ไม่ทั้งหมด(&O)
ButtonFinish=เสร็จสิ้น(&F)
ButtonBrowse=เรียกดู(&B)...
ButtonWizardBrowse=เรียกดู(&R)...
ButtonNewFolder=สร้างโฟลเดอร์ใหม่(&M)

; *** "Select Language" dialog messages
SelectLanguageTitle=เลือกภาษาของโปรแกรมติดตั้ง
SelectLanguageLabel=เลือกภาษาที่จะใช้ระหว่างการติดตั้ง

; *** Common wizard text
ClickNext=คลิก "ถัดไป" เพื่อดำเนินการต่อ หรือคลิก "ยกเลิก" เพื่อออกจากการติดตั้ง
BeveledLabel=
BrowseDialogTitle=เรียกดูโฟลเดอร์
BrowseDialogLabel=เลือกโฟลเดอร์จากรายการด้านล่าง แล้วคลิก "ตกลง"
NewFolderName=โฟลเดอร์ใหม่

; *** "Welcome" wizard page
WelcomeLabel1=ยินดีต้อนรับสู่ตัวช่วยติดตั้ง [name]
WelcomeLabel2=โปรแกรมนี้จะติดตั้ง [name/ver] ลงในเครื่องคอมพิวเตอร์ของท่าน%n%nขอแนะนำให้ปิดโปรแกรมอื่นทั้งหมดก่อนดำเนินการต่อ

; *** "Password" wizard page
WizardPassword=รหัสผ่าน
PasswordLabel1=การติดตั้งนี้ป้องกันด้วยรหัสผ่าน
PasswordLabel3=โปรดใส่รหัสผ่าน แล้วคลิก "ถัดไป" เพื่อดำเนินการต่อ รหัสผ่านถือว่าตัวพิมพ์เล็กกับตัวพิมพ์ใหญ่ต่างกัน
PasswordEditLabel=รหัสผ่าน(&P):
IncorrectPassword=รหัสผ่านที่ท่านใส่ไม่ถูกต้อง โปรดลองอีกครั้ง

; *** "License Agreement" wizard page
WizardLicense=ข้อตกลงการอนุญาตให้ใช้
LicenseLabel=โปรดอ่านข้อมูลสำคัญต่อไปนี้ก่อนดำเนินการต่อ
LicenseLabel3=โปรดอ่านข้อตกลงการอนุญาตให้ใช้ต่อไปนี้ ท่านต้องยอมรับเงื่อนไขของข้อตกลงนี้ก่อนจึงจะติดตั้งต่อได้
LicenseAccepted=ข้าพเจ้ายอมรับข้อตกลง(&A)
LicenseNotAccepted=ข้าพเจ้าไม่ยอมรับข้อตกลง(&D)

; *** "Information" wizard pages
WizardInfoBefore=ข้อมูล
InfoBeforeLabel=โปรดอ่านข้อมูลสำคัญต่อไปนี้ก่อนดำเนินการต่อ
InfoBeforeClickLabel=เมื่อพร้อมติดตั้งต่อแล้ว คลิก "ถัดไป"
WizardInfoAfter=ข้อมูล
InfoAfterLabel=โปรดอ่านข้อมูลสำคัญต่อไปนี้ก่อนดำเนินการต่อ
InfoAfterClickLabel=เมื่อพร้อมติดตั้งต่อแล้ว คลิก "ถัดไป"

; *** "User Information" wizard page
WizardUserInfo=ข้อมูลผู้ใช้
UserInfoDesc=โปรดกรอกข้อมูลของท่าน
UserInfoName=ชื่อผู้ใช้(&U):
UserInfoOrg=หน่วยงาน(&O):
UserInfoSerial=หมายเลขประจำผลิตภัณฑ์(&S):
UserInfoNameRequired=ท่านต้องกรอกชื่อ

; *** "Select Destination Location" wizard page
WizardSelectDir=เลือกตำแหน่งที่ติดตั้ง
SelectDirDesc=ต้องการติดตั้ง [name] ไว้ที่ใด
SelectDirLabel3=โปรแกรมติดตั้งจะติดตั้ง [name] ลงในโฟลเดอร์ต่อไปนี้
SelectDirBrowseLabel=คลิก "ถัดไป" เพื่อดำเนินการต่อ หากต้องการเลือกโฟลเดอร์อื่น คลิก "เรียกดู"
DiskSpaceGBLabel=ต้องมีเนื้อที่ว่างบนดิสก์อย่างน้อย [gb] GB
DiskSpaceMBLabel=ต้องมีเนื้อที่ว่างบนดิสก์อย่างน้อย [mb] MB
CannotInstallToNetworkDrive=โปรแกรมติดตั้งไม่สามารถติดตั้งลงในไดรฟ์เครือข่ายได้
CannotInstallToUNCPath=โปรแกรมติดตั้งไม่สามารถติดตั้งลงในเส้นทางแบบ UNC ได้
InvalidPath=ท่านต้องใส่เส้นทางแบบเต็มที่มีอักษรระบุไดรฟ์ เช่น:%n%nC:\APP%n%nหรือเส้นทางแบบ UNC ในรูปแบบ:%n%n\\ชื่อเครื่อง\ชื่อที่แชร์
InvalidDrive=ไม่มีไดรฟ์หรือที่แชร์แบบ UNC ที่ท่านเลือก หรือไม่สามารถเข้าถึงได้ โปรดเลือกใหม่
DiskSpaceWarningTitle=เนื้อที่บนดิสก์ไม่เพียงพอ
DiskSpaceWarning=การติดตั้งต้องใช้เนื้อที่ว่างอย่างน้อย %1 KB แต่ไดรฟ์ที่เลือกมีเนื้อที่ว่างเพียง %2 KB%n%nท่านยังต้องการดำเนินการต่อหรือไม่
DirNameTooLong=ชื่อโฟลเดอร์หรือเส้นทางยาวเกินไป
InvalidDirName=ชื่อโฟลเดอร์ไม่ถูกต้อง
BadDirName32=ชื่อโฟลเดอร์ต้องไม่มีอักขระต่อไปนี้:%n%n%1
DirExistsTitle=มีโฟลเดอร์นี้อยู่แล้ว
DirExists=โฟลเดอร์:%n%n%1%n%nมีอยู่แล้ว ท่านยังต้องการติดตั้งลงในโฟลเดอร์นั้นหรือไม่
DirDoesntExistTitle=ไม่มีโฟลเดอร์นี้
DirDoesntExist=โฟลเดอร์:%n%n%1%n%nยังไม่มีอยู่ ต้องการให้สร้างโฟลเดอร์นี้หรือไม่

; *** "Select Components" wizard page
WizardSelectComponents=เลือกส่วนประกอบ
SelectComponentsDesc=ต้องการติดตั้งส่วนประกอบใดบ้าง
SelectComponentsLabel2=เลือกส่วนประกอบที่ต้องการติดตั้ง และเอาเครื่องหมายออกจากส่วนประกอบที่ไม่ต้องการติดตั้ง เมื่อพร้อมแล้วคลิก "ถัดไป" เพื่อดำเนินการต่อ
FullInstallation=ติดตั้งแบบเต็ม
; if possible don't translate 'Compact' as 'Minimal' (I mean 'Minimal' in your language)
CompactInstallation=ติดตั้งแบบกะทัดรัด
CustomInstallation=ติดตั้งแบบกำหนดเอง
NoUninstallWarningTitle=มีส่วนประกอบอยู่แล้ว
NoUninstallWarning=โปรแกรมติดตั้งพบว่าส่วนประกอบต่อไปนี้ติดตั้งอยู่ในเครื่องคอมพิวเตอร์ของท่านแล้ว:%n%n%1%n%nการเลิกเลือกส่วนประกอบเหล่านี้จะไม่ถอนการติดตั้งส่วนประกอบดังกล่าว%n%nท่านยังต้องการดำเนินการต่อหรือไม่
ComponentSize1=%1 KB
ComponentSize2=%1 MB
ComponentsDiskSpaceGBLabel=ส่วนประกอบที่เลือกไว้ต้องใช้เนื้อที่บนดิสก์อย่างน้อย [gb] GB
ComponentsDiskSpaceMBLabel=ส่วนประกอบที่เลือกไว้ต้องใช้เนื้อที่บนดิสก์อย่างน้อย [mb] MB

; *** "Select Additional Tasks" wizard page
WizardSelectTasks=เลือกงานเพิ่มเติม
SelectTasksDesc=ต้องการให้ทำงานเพิ่มเติมใดบ้าง
SelectTasksLabel2=เลือกงานเพิ่มเติมที่ต้องการให้โปรแกรมติดตั้งทำระหว่างติดตั้ง [name] แล้วคลิก "ถัดไป"

; *** "Select Start Menu Folder" wizard page
WizardSelectProgramGroup=เลือกโฟลเดอร์ในเมนูเริ่ม
SelectStartMenuFolderDesc=ต้องการให้โปรแกรมติดตั้งสร้างทางลัดของโปรแกรมไว้ที่ใด
SelectStartMenuFolderLabel3=โปรแกรมติดตั้งจะสร้างทางลัดของโปรแกรมไว้ในโฟลเดอร์ต่อไปนี้ของเมนูเริ่ม
SelectStartMenuFolderBrowseLabel=คลิก "ถัดไป" เพื่อดำเนินการต่อ หากต้องการเลือกโฟลเดอร์อื่น คลิก "เรียกดู"
MustEnterGroupName=ท่านต้องใส่ชื่อโฟลเดอร์
GroupNameTooLong=ชื่อโฟลเดอร์หรือเส้นทางยาวเกินไป
InvalidGroupName=ชื่อโฟลเดอร์ไม่ถูกต้อง
BadGroupName=ชื่อโฟลเดอร์ต้องไม่มีอักขระต่อไปนี้:%n%n%1
NoProgramGroupCheck2=ไม่ต้องสร้างโฟลเดอร์ในเมนูเริ่ม(&D)

; *** "Ready to Install" wizard page
WizardReady=พร้อมติดตั้ง
ReadyLabel1=โปรแกรมติดตั้งพร้อมเริ่มติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของท่านแล้ว
ReadyLabel2a=คลิก "ติดตั้ง" เพื่อดำเนินการติดตั้ง หรือคลิก "ย้อนกลับ" หากต้องการตรวจทานหรือเปลี่ยนการตั้งค่า
ReadyLabel2b=คลิก "ติดตั้ง" เพื่อดำเนินการติดตั้ง
ReadyMemoUserInfo=ข้อมูลผู้ใช้:
ReadyMemoDir=ตำแหน่งที่ติดตั้ง:
ReadyMemoType=รูปแบบการติดตั้ง:
ReadyMemoComponents=ส่วนประกอบที่เลือก:
ReadyMemoGroup=โฟลเดอร์ในเมนูเริ่ม:
ReadyMemoTasks=งานเพิ่มเติม:

; *** TDownloadWizardPage wizard page and DownloadTemporaryFile
DownloadingLabel=กำลังดาวน์โหลดแฟ้มเพิ่มเติม...
ButtonStopDownload=หยุดดาวน์โหลด(&S)
StopDownload=ท่านแน่ใจหรือไม่ว่าต้องการหยุดดาวน์โหลด
ErrorDownloadAborted=ยกเลิกการดาวน์โหลดแล้ว
ErrorDownloadFailed=ดาวน์โหลดไม่สำเร็จ: %1 %2
ErrorDownloadSizeFailed=อ่านขนาดแฟ้มไม่สำเร็จ: %1 %2
ErrorFileHash1=คำนวณค่าแฮชของแฟ้มไม่สำเร็จ: %1
ErrorFileHash2=ค่าแฮชของแฟ้มไม่ถูกต้อง: ควรเป็น %1 แต่พบ %2
ErrorProgress=ความคืบหน้าไม่ถูกต้อง: %1 จาก %2
ErrorFileSize=ขนาดแฟ้มไม่ถูกต้อง: ควรเป็น %1 แต่พบ %2

; *** TExtractionWizardPage wizard page and Extract7ZipArchive
ExtractionLabel=กำลังคลายการบีบอัดแฟ้มเพิ่มเติม...
ButtonStopExtraction=หยุดคลายการบีบอัด(&S)
StopExtraction=ท่านแน่ใจหรือไม่ว่าต้องการหยุดคลายการบีบอัด
ErrorExtractionAborted=ยกเลิกการคลายการบีบอัดแล้ว
ErrorExtractionFailed=คลายการบีบอัดไม่สำเร็จ: %1

; *** "Preparing to Install" wizard page
WizardPreparing=เตรียมการติดตั้ง
PreparingDesc=โปรแกรมติดตั้งกำลังเตรียมติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของท่าน
PreviousInstallNotCompleted=การติดตั้งหรือการถอนการติดตั้งโปรแกรมครั้งก่อนยังไม่เสร็จสิ้น ท่านต้องเริ่มระบบเครื่องคอมพิวเตอร์ใหม่เพื่อให้การติดตั้งนั้นเสร็จสิ้น%n%nหลังจากเริ่มระบบใหม่แล้ว ให้เรียกใช้โปรแกรมติดตั้งอีกครั้งเพื่อติดตั้ง [name] ให้เสร็จสิ้น
CannotContinue=โปรแกรมติดตั้งไม่สามารถดำเนินการต่อได้ โปรดคลิก "ยกเลิก" เพื่อออก
ApplicationsFound=โปรแกรมต่อไปนี้กำลังใช้แฟ้มที่โปรแกรมติดตั้งต้องปรับปรุง ขอแนะนำให้อนุญาตให้โปรแกรมติดตั้งปิดโปรแกรมเหล่านี้โดยอัตโนมัติ
ApplicationsFound2=โปรแกรมต่อไปนี้กำลังใช้แฟ้มที่โปรแกรมติดตั้งต้องปรับปรุง ขอแนะนำให้อนุญาตให้โปรแกรมติดตั้งปิดโปรแกรมเหล่านี้โดยอัตโนมัติ เมื่อติดตั้งเสร็จแล้ว โปรแกรมติดตั้งจะพยายามเปิดโปรแกรมเหล่านี้อีกครั้ง
CloseApplications=ปิดโปรแกรมเหล่านี้โดยอัตโนมัติ(&A)
DontCloseApplications=ไม่ต้องปิดโปรแกรมเหล่านี้(&D)
ErrorCloseApplications=โปรแกรมติดตั้งไม่สามารถปิดโปรแกรมทั้งหมดโดยอัตโนมัติได้ ขอแนะนำให้ปิดทุกโปรแกรมที่ใช้แฟ้มที่โปรแกรมติดตั้งต้องปรับปรุงก่อนดำเนินการต่อ
PrepareToInstallNeedsRestart=โปรแกรมติดตั้งต้องเริ่มระบบเครื่องคอมพิวเตอร์ของท่านใหม่ หลังจากเริ่มระบบใหม่แล้ว ให้เรียกใช้โปรแกรมติดตั้งอีกครั้งเพื่อติดตั้ง [name] ให้เสร็จสิ้น%n%nต้องการเริ่มระบบใหม่ตอนนี้หรือไม่

; *** "Installing" wizard page
WizardInstalling=กำลังติดตั้ง
InstallingLabel=โปรดรอสักครู่ โปรแกรมติดตั้งกำลังติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของท่าน

; *** "Setup Completed" wizard page
FinishedHeadingLabel=สิ้นสุดตัวช่วยติดตั้ง [name]
FinishedLabelNoIcons=โปรแกรมติดตั้งได้ติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของท่านเรียบร้อยแล้ว
FinishedLabel=โปรแกรมติดตั้งได้ติดตั้ง [name] ลงในเครื่องคอมพิวเตอร์ของท่านเรียบร้อยแล้ว ท่านสามารถเปิดโปรแกรมได้จากทางลัดที่ติดตั้งไว้
ClickFinish=คลิก "เสร็จสิ้น" เพื่อออกจากการติดตั้ง
FinishedRestartLabel=เพื่อให้การติดตั้ง [name] เสร็จสิ้น โปรแกรมติดตั้งต้องเริ่มระบบเครื่องคอมพิวเตอร์ของท่านใหม่ ต้องการเริ่มระบบใหม่ตอนนี้หรือไม่
FinishedRestartMessage=เพื่อให้การติดตั้ง [name] เสร็จสิ้น โปรแกรมติดตั้งต้องเริ่มระบบเครื่องคอมพิวเตอร์ของท่านใหม่%n%nต้องการเริ่มระบบใหม่ตอนนี้หรือไม่
ShowReadmeCheck=ใช่ ต้องการเปิดดูแฟ้ม README
YesRadio=ใช่ เริ่มระบบเครื่องคอมพิวเตอร์ใหม่ตอนนี้(&Y)
NoRadio=ไม่ จะเริ่มระบบเครื่องคอมพิวเตอร์ใหม่ภายหลัง(&N)
; used for example as 'Run MyProg.exe'
RunEntryExec=เรียกใช้ %1
; used for example as 'View Readme.txt'
RunEntryShellExec=เปิดดู %1

; *** "Setup Needs the Next Disk" stuff
ChangeDiskTitle=โปรแกรมติดตั้งต้องการแผ่นดิสก์แผ่นถัดไป
SelectDiskLabel2=โปรดใส่แผ่นดิสก์ที่ %1 แล้วคลิก "ตกลง"%n%nหากแฟ้มในแผ่นดิสก์นี้อยู่ในโฟลเดอร์อื่นที่ไม่ใช่โฟลเดอร์ที่แสดงด้านล่าง ให้ใส่เส้นทางที่ถูกต้อง หรือคลิก "เรียกดู"
PathLabel=เส้นทาง(&P):
FileNotInDir2=ไม่พบแฟ้ม "%1" ใน "%2" โปรดใส่แผ่นดิสก์ที่ถูกต้อง หรือเลือกโฟลเดอร์อื่น
SelectDirectoryLabel=โปรดระบุตำแหน่งของแผ่นดิสก์แผ่นถัดไป

; *** Installation phase messages
SetupAborted=การติดตั้งไม่เสร็จสิ้น%n%nโปรดแก้ไขปัญหา แล้วเรียกใช้โปรแกรมติดตั้งอีกครั้ง
AbortRetryIgnoreSelectAction=เลือกการดำเนินการ
AbortRetryIgnoreRetry=ลองอีกครั้ง(&T)
AbortRetryIgnoreIgnore=ข้ามข้อผิดพลาดและดำเนินการต่อ(&I)
AbortRetryIgnoreCancel=ยกเลิกการติดตั้ง

; *** Installation status messages
StatusClosingApplications=กำลังปิดโปรแกรม...
StatusCreateDirs=กำลังสร้างโฟลเดอร์...
StatusExtractFiles=กำลังคลายการบีบอัดแฟ้ม...
StatusCreateIcons=กำลังสร้างทางลัด...
StatusCreateIniEntries=กำลังสร้างรายการ INI...
StatusCreateRegistryEntries=กำลังสร้างรายการในรีจิสทรี...
StatusRegisterFiles=กำลังลงทะเบียนแฟ้ม...
StatusSavingUninstall=กำลังบันทึกข้อมูลสำหรับการถอนการติดตั้ง...
StatusRunProgram=กำลังจบขั้นตอนการติดตั้ง...
StatusRestartingApplications=กำลังเปิดโปรแกรมอีกครั้ง...
StatusRollback=กำลังย้อนกลับการเปลี่ยนแปลง...

; *** Misc. errors
ErrorInternal2=ข้อผิดพลาดภายใน: %1
ErrorFunctionFailedNoCode=%1 ไม่สำเร็จ
ErrorFunctionFailed=%1 ไม่สำเร็จ รหัส %2
ErrorFunctionFailedWithMessage=%1 ไม่สำเร็จ รหัส %2%n%3
ErrorExecutingProgram=ไม่สามารถเรียกใช้แฟ้มได้:%n%1

; *** Registry errors
ErrorRegOpenKey=เกิดข้อผิดพลาดในการเปิดคีย์ของรีจิสทรี:%n%1\%2
ErrorRegCreateKey=เกิดข้อผิดพลาดในการสร้างคีย์ของรีจิสทรี:%n%1\%2
ErrorRegWriteKey=เกิดข้อผิดพลาดในการเขียนคีย์ของรีจิสทรี:%n%1\%2

; *** INI errors
ErrorIniEntry=เกิดข้อผิดพลาดในการสร้างรายการ INI ในแฟ้ม "%1"

; *** File copying errors
FileAbortRetryIgnoreSkipNotRecommended=ข้ามแฟ้มนี้(&S) (ไม่แนะนำ)
FileAbortRetryIgnoreIgnoreNotRecommended=ข้ามข้อผิดพลาดและดำเนินการต่อ(&I) (ไม่แนะนำ)
SourceIsCorrupted=แฟ้มต้นทางเสียหาย
SourceDoesntExist=ไม่มีแฟ้มต้นทาง "%1"
ExistingFileReadOnly2=ไม่สามารถแทนที่แฟ้มเดิมได้ เนื่องจากแฟ้มนั้นถูกกำหนดให้อ่านได้อย่างเดียว
ExistingFileReadOnlyRetry=เลิกกำหนดให้อ่านได้อย่างเดียว แล้วลองอีกครั้ง(&R)
ExistingFileReadOnlyKeepExisting=เก็บแฟ้มเดิมไว้(&K)
ErrorReadingExistingDest=เกิดข้อผิดพลาดขณะอ่านแฟ้มเดิม:
FileExistsSelectAction=เลือกการดำเนินการ
FileExists2=มีแฟ้มนี้อยู่แล้ว
FileExistsOverwriteExisting=เขียนทับแฟ้มเดิม(&O)
FileExistsKeepExisting=เก็บแฟ้มเดิมไว้(&K)
FileExistsOverwriteOrKeepAll=ทำเช่นเดียวกันกับแฟ้มที่ซ้ำกันในครั้งต่อไป(&D)
ExistingFileNewerSelectAction=เลือกการดำเนินการ
ExistingFileNewer2=แฟ้มเดิมใหม่กว่าแฟ้มที่โปรแกรมติดตั้งกำลังจะติดตั้ง
ExistingFileNewerOverwriteExisting=เขียนทับแฟ้มเดิม(&O)
ExistingFileNewerKeepExisting=เก็บแฟ้มเดิมไว้(&K) (แนะนำ)
ExistingFileNewerOverwriteOrKeepAll=ทำเช่นเดียวกันกับแฟ้มที่ซ้ำกันในครั้งต่อไป(&D)
ErrorChangingAttr=เกิดข้อผิดพลาดขณะเปลี่ยนคุณสมบัติของแฟ้มเดิม:
ErrorCreatingTemp=เกิดข้อผิดพลาดขณะสร้างแฟ้มในโฟลเดอร์ปลายทาง:
ErrorReadingSource=เกิดข้อผิดพลาดขณะอ่านแฟ้มต้นทาง:
ErrorCopying=เกิดข้อผิดพลาดขณะคัดลอกแฟ้ม:
ErrorReplacingExistingFile=เกิดข้อผิดพลาดขณะแทนที่แฟ้มเดิม:
ErrorRestartReplace=การแทนที่แฟ้มเมื่อเริ่มระบบใหม่ (RestartReplace) ไม่สำเร็จ:
ErrorRenamingTemp=เกิดข้อผิดพลาดขณะเปลี่ยนชื่อแฟ้มในโฟลเดอร์ปลายทาง:
ErrorRegisterServer=ไม่สามารถลงทะเบียน DLL/OCX ได้: %1
ErrorRegSvr32Failed=RegSvr32 ไม่สำเร็จ รหัสจบการทำงาน %1
ErrorRegisterTypeLib=ไม่สามารถลงทะเบียนไลบรารีชนิดข้อมูลได้: %1

; *** Uninstall display name markings
; used for example as 'My Program (32-bit)'
UninstallDisplayNameMark=%1 (%2)
; used for example as 'My Program (32-bit, All users)'
UninstallDisplayNameMarks=%1 (%2, %3)
UninstallDisplayNameMark32Bit=32 บิต
UninstallDisplayNameMark64Bit=64 บิต
UninstallDisplayNameMarkAllUsers=ผู้ใช้ทุกคน
UninstallDisplayNameMarkCurrentUser=ผู้ใช้ปัจจุบัน

; *** Post-installation errors
ErrorOpeningReadme=เกิดข้อผิดพลาดขณะเปิดแฟ้ม README
ErrorRestartingComputer=โปรแกรมติดตั้งไม่สามารถเริ่มระบบเครื่องคอมพิวเตอร์ใหม่ได้ โปรดเริ่มระบบใหม่ด้วยตนเอง

; *** Uninstaller messages
UninstallNotFound=ไม่มีแฟ้ม "%1" ไม่สามารถถอนการติดตั้งได้
UninstallOpenError=ไม่สามารถเปิดแฟ้ม "%1" ได้ ไม่สามารถถอนการติดตั้งได้
UninstallUnsupportedVer=แฟ้มบันทึกการถอนการติดตั้ง "%1" อยู่ในรูปแบบที่โปรแกรมถอนการติดตั้งรุ่นนี้ไม่รู้จัก ไม่สามารถถอนการติดตั้งได้
UninstallUnknownEntry=พบรายการที่ไม่รู้จัก (%1) ในแฟ้มบันทึกการถอนการติดตั้ง
ConfirmUninstall=ท่านแน่ใจหรือไม่ว่าต้องการลบ %1 และส่วนประกอบทั้งหมดของโปรแกรมออกจนหมด
UninstallOnlyOnWin64=การติดตั้งนี้ถอนการติดตั้งได้เฉพาะบน Windows แบบ 64 บิตเท่านั้น
OnlyAdminCanUninstall=การติดตั้งนี้ถอนการติดตั้งได้เฉพาะผู้ใช้ที่มีสิทธิ์ผู้ดูแลระบบเท่านั้น
UninstallStatusLabel=โปรดรอสักครู่ กำลังลบ %1 ออกจากเครื่องคอมพิวเตอร์ของท่าน
UninstalledAll=ลบ %1 ออกจากเครื่องคอมพิวเตอร์ของท่านเรียบร้อยแล้ว
UninstalledMost=ถอนการติดตั้ง %1 เสร็จสิ้น%n%nมีบางรายการที่ลบไม่ได้ ท่านสามารถลบรายการเหล่านั้นเองได้
UninstalledAndNeedsRestart=เพื่อให้การถอนการติดตั้ง %1 เสร็จสิ้น ต้องเริ่มระบบเครื่องคอมพิวเตอร์ของท่านใหม่%n%nต้องการเริ่มระบบใหม่ตอนนี้หรือไม่
UninstallDataCorrupted=แฟ้ม "%1" เสียหาย ไม่สามารถถอนการติดตั้งได้

; *** Uninstallation phase messages
ConfirmDeleteSharedFileTitle=ลบแฟ้มที่ใช้ร่วมกันหรือไม่
ConfirmDeleteSharedFile2=ระบบแจ้งว่าแฟ้มที่ใช้ร่วมกันต่อไปนี้ไม่มีโปรแกรมใดใช้งานแล้ว ต้องการให้โปรแกรมถอนการติดตั้งลบแฟ้มที่ใช้ร่วมกันนี้หรือไม่%n%nหากยังมีโปรแกรมใดใช้แฟ้มนี้อยู่และแฟ้มถูกลบไป โปรแกรมเหล่านั้นอาจทำงานไม่ถูกต้อง หากไม่แน่ใจ ให้เลือก "ไม่" การเก็บแฟ้มนี้ไว้ในระบบจะไม่ก่อให้เกิดความเสียหายใด ๆ
SharedFileNameLabel=ชื่อแฟ้ม:
SharedFileLocationLabel=ตำแหน่ง:
WizardUninstalling=สถานะการถอนการติดตั้ง
StatusUninstalling=กำลังถอนการติดตั้ง %1...

; *** Shutdown block reasons
ShutdownBlockReasonInstallingApp=กำลังติดตั้ง %1
ShutdownBlockReasonUninstallingApp=กำลังถอนการติดตั้ง %1

; The custom messages below aren't used by Setup itself, but if you make
; use of them in your scripts, you'll want to translate them.

[CustomMessages]

NameAndVersion=%1 รุ่น %2
AdditionalIcons=ทางลัดเพิ่มเติม:
CreateDesktopIcon=สร้างทางลัดบนเดสก์ท็อป(&D)
CreateQuickLaunchIcon=สร้างทางลัดในแถบเปิดใช้ด่วน(&Q)
ProgramOnTheWeb=%1 บนเว็บ
UninstallProgram=ถอนการติดตั้ง %1
LaunchProgram=เปิดโปรแกรม %1
AssocFileExtension=เชื่อมโยง %1 กับแฟ้มนามสกุล %2(&A)
AssocingFileExtension=กำลังเชื่อมโยง %1 กับแฟ้มนามสกุล %2...
AutoStartProgramGroupDescription=เริ่มทำงานพร้อมระบบ:
AutoStartProgram=เริ่ม %1 โดยอัตโนมัติ
AddonHostProgramNotFound=ไม่พบ %1 ในโฟลเดอร์ที่ท่านเลือก%n%nท่านยังต้องการดำเนินการต่อหรือไม่
