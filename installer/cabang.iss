; Inno Setup 6 script: the Windows installer of Cabang.
;
; Built by installer\build.ps1, which passes the version from pyproject.toml:
;   ISCC.exe /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 installer\cabang.iss
;
; - Per user, without administrator rights: the program goes to %LOCALAPPDATA%\Programs\Cabang.
; - Start-menu shortcut, and a desktop shortcut if the person ticks it.
; - Upgrades in place: the AppId never changes, so a newer installer replaces the program files of
;   the installed version (in its folder, keeping the person's choices) and closes a running Cabang.
; - The uninstaller removes the program only. The data - database, backups, documents, log and
;   machine settings in %LOCALAPPDATA%\BPJSTK\Cabang (or the folder chosen in the first-run wizard)
;   - is never deleted: nothing below names it.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=X.Y.Z /DNumericVersion=X.Y.Z.0 installer\cabang.iss (see build.ps1)
#endif
#ifndef NumericVersion
  #define NumericVersion AppVersion + ".0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\Cabang"
#endif
#define IndonesianMessages AddBackslash(SourcePath) + "..\build\Indonesian.isl"

[Setup]
; The AppId identifies Cabang for upgrades and the uninstaller: never change it.
AppId={{5B0E2C1A-7F3D-4C8E-9A61-0B6E4F2D7C35}
AppName=Cabang
AppVersion={#AppVersion}
AppVerName=Cabang {#AppVersion}
AppPublisher=BPJS Ketenagakerjaan
AppComments=Back office Kantor Cabang BPJS Ketenagakerjaan
VersionInfoVersion={#NumericVersion}
VersionInfoProductName=Cabang
VersionInfoDescription=Cabang {#AppVersion} Setup
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\Cabang
DisableDirPage=auto
UsePreviousAppDir=yes
DefaultGroupName=Cabang
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
SetupIconFile=..\resources\icons\cabang.ico
UninstallDisplayIcon={app}\Cabang.exe
UninstallDisplayName=Cabang
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
LZMANumBlockThreads=2
OutputDir=..\dist\installer
OutputBaseFilename=Cabang-{#AppVersion}-setup
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage

[Languages]
#ifexist IndonesianMessages
Name: "id"; MessagesFile: "{#IndonesianMessages}"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Messages]
#ifexist IndonesianMessages
id.UninstalledAll=%1 telah dihapus dari komputer ini. Data Anda (basis data, cadangan, dokumen) di %LOCALAPPDATA%\BPJSTK\Cabang tetap tersimpan.
#endif
en.UninstalledAll=%1 was removed from this computer. Your data (database, backups, documents) in %LOCALAPPDATA%\BPJSTK\Cabang was kept.

[CustomMessages]
#ifexist IndonesianMessages
id.OpenCabang=Buka Cabang
#endif
en.OpenCabang=Open Cabang

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the whole program folder's libraries, so nothing of the old version lingers
; (a module or DLL the new version no longer ships). Only the program folder: never the data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Cabang"; Filename: "{app}\Cabang.exe"; WorkingDir: "{app}"; Comment: "{cm:OpenCabang}"
Name: "{autodesktop}\Cabang"; Filename: "{app}\Cabang.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\Cabang.exe"; Description: "{cm:LaunchProgram,Cabang}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Files Cabang itself made inside the program folder (Python byte-code caches of the migrations).
Type: filesandordirs; Name: "{app}\_internal"
