; Inno Setup script: a per-user Windows installer for STAR Desktop (no administrator needed).
;
; Build the bundle first on Windows (`python installer\build.py`, which makes
; dist\star-desktop\), then, from the repository's top folder:
;
;     iscc /DAppVersion=0.1.0 installer\star-desktop.iss
;
; (build.py prints this line with the current version). The installer is written to
; dist\STAR-Desktop-<version>-setup.exe. Needs Inno Setup 6.4 or newer (the official
; Swedish.isl, x64compatible); the version must be plain numbers (0.1.0) for VersionInfoVersion.
;
; What the uninstaller removes: the program folder's files that this installer put there,
; Python's caches beside them, the Start-menu and desktop shortcuts and the .star association.
; It NEVER removes team files (*.star, wherever they are, also in the program folder), their
; backups, the user's settings, data or crash-report folders (%APPDATA%/%LOCALAPPDATA%
; "STAR Desktop") or the team keys remembered in Windows Credential Manager: those belong to
; the team, not to the program, and a reinstall must find them again.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define AppName "STAR Desktop"
#define AppExe "star-desktop.exe"
#define ProgId "STARDesktop.Teamfil"
; The one-folder bundle made by PyInstaller (installer\star-desktop.spec).
#define BundleDir "..\dist\star-desktop"

[Setup]
; The AppId identifies the program to Windows across versions: never change it.
AppId={{4EB9F6B3-8B10-4819-900D-6B59B675ADAC}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
VersionInfoVersion={#AppVersion}
; Per user: {autopf} is %LOCALAPPDATA%\Programs for a non-administrative install.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\resources\icons\star-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=STAR-Desktop-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
sv.AssocTask=Öppna teamfiler (.star) med {#AppName}
en.AssocTask=Open team files (.star) with {#AppName}
sv.AssocGroup=Filtyper:
en.AssocGroup=File types:
sv.TeamFileType=STAR-teamfil
en.TeamFileType=STAR team file

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "{cm:AssocTask}"; GroupDescription: "{cm:AssocGroup}"

[InstallDelete]
; An update replaces the whole bundle: modules left from an older version must not be loaded.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; The .star association for this user only (HKA is HKCU\Software\Classes in a per-user
; install). The uninstaller removes these keys and values, nothing else in the registry.
Root: HKA; Subkey: "Software\Classes\.star"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\.star\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "{cm:TeamFileType}"; Flags: uninsdeletekey; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: association
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: association
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".star"; ValueData: ""; Flags: uninsdeletekey; Tasks: association

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only the bundle's own folder: Python may have written caches (__pycache__) inside it, which
; the uninstaller did not install and would otherwise leave. Never "{app}" as a whole: a team
; file or backup saved there by mistake must survive an uninstall.
Type: filesandordirs; Name: "{app}\_internal"
Type: dirifempty; Name: "{app}"
