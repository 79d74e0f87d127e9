; Inno Setup 6 script of the ITA Desk installer: a per-user install that needs no administrator rights.
;
; Build the bundle first (pyinstaller build_installer.spec), then, from the project folder:
;   iscc /DAppVersion=0.1.0 installer\itadesk.iss
; Optional: /DBundleDir=<folder PyInstaller made> (default dist\ITA Desk), /DOutputDir=<folder> (default dist);
; relative paths are taken from this script's folder. The result is <OutputDir>\ITA-Desk-Setup-<version>.exe.
;
; The user's data is never touched: the store and its copies live in the per-user data folder
; %LOCALAPPDATA%\ITA Desk (itadesk/paths.py), apart from the program folder (%LOCALAPPDATA%\Programs\ITA Desk),
; and the window's settings in HKCU\Software\ITA Desk. Uninstalling removes only the files installed here, so there
; is deliberately no [UninstallDelete] entry, and reinstalling or upgrading finds the data as it was.

#ifndef AppVersion
  #error Pass the version from pyproject.toml: iscc /DAppVersion=0.1.0 installer\itadesk.iss
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\ITA Desk"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "ITA Desk"
#define AppExe "itadesk.exe"

; Thai wizard messages: the project's own installer\Thai.isl, translated from Inno Setup 6.4's Default.isl (kept
; beside it as installer\Default.isl; tests/test_installer_messages.py checks the two agree key for key). Without it,
; the Thai.isl of an Inno Setup that ships one; else the installer speaks English only, with a warning.
#if FileExists(AddBackslash(SourcePath) + "Thai.isl")
  #define ThaiMessages AddBackslash(SourcePath) + "Thai.isl"
#elif FileExists(AddBackslash(CompilerPath) + "Languages\Thai.isl")
  #define ThaiMessages "compiler:Languages\Thai.isl"
#else
  #pragma warning "No Thai.isl found: the installer will speak English only (see the comment in itadesk.iss)"
#endif

[Setup]
; The AppId ties upgrades and the uninstaller together: never change it.
AppId={{BAADD91C-C134-4AA2-9361-86FA77070D4B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ITA Desk contributors
AppCopyright=MIT License, ITA Desk contributors
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
VersionInfoDescription={#AppName} Setup
; Per user, no elevation: the program goes into the user's programs folder (%LOCALAPPDATA%\Programs, see
; UserProgramsFolder below), and {autoprograms} and {autodesktop} are the user's own Start menu and desktop.
PrivilegesRequired=lowest
DefaultDirName={code:UserProgramsFolder}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile=..\LICENSE
; The licences of everything the program bundles, made at build time (itadesk.notices), shown after installing.
InfoAfterFile={#BundleDir}\_internal\THIRD-PARTY-NOTICES.txt
SetupIconFile=itadesk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/ultra64
SolidCompression=yes
LZMAUseSeparateProcess=yes
OutputDir={#OutputDir}
OutputBaseFilename=ITA-Desk-Setup-{#AppVersion}
CloseApplications=yes

[Languages]
#ifdef ThaiMessages
Name: "th"; MessagesFile: "{#ThaiMessages}"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
en.AppComment=ITA results, analysis and improvement plans for Thai public agencies
en.DataKept=Your data was kept in %1. Delete that folder yourself if it is no longer needed.
#ifdef ThaiMessages
th.AppComment=ผลการประเมิน ITA การวิเคราะห์ และแผนการปรับปรุงของหน่วยงาน
th.DataKept=ข้อมูลของท่านยังเก็บไว้ที่ %1 หากไม่ต้องการแล้ว ลบโฟลเดอร์นั้นได้เอง
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The previous version's program files (never the data, which is elsewhere): nothing stale is left beside the new.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
Source: "..\LICENSE"; DestDir: "{app}"; DestName: "LICENSE.txt"; Flags: ignoreversion
Source: "..\resources\fonts\OFL.txt"; DestDir: "{app}"; DestName: "Sarabun-OFL.txt"; Flags: ignoreversion

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// {autopf} of a per-user install, the known folder UserProgramFiles; where Windows cannot name it (Wine does not
// implement it), %LOCALAPPDATA%\Programs, which is what Windows names.
function UserProgramsFolder(Param: String): String;
begin
  try
    Result := ExpandConstant('{autopf}');
  except
    Result := ExpandConstant('{localappdata}\Programs');
  end;
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  DataDir := ExpandConstant('{localappdata}\{#AppName}');
  if (CurUninstallStep = usPostUninstall) and DirExists(DataDir) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
end;
