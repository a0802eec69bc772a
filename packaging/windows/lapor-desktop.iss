; Inno Setup 6 (6.4 or newer) script for LAPOR! Desk on Windows 10/11 x64.
; Built by packaging\windows\build.ps1 after PyInstaller; by hand, from the repository root:
;   iscc /DAppVersion=0.1.0 /DBundleDir=dist\lapor-desktop /DIconFile=build\icons\lapor-desk.ico ^
;        /Odist packaging\windows\lapor-desktop.iss
; Installs the one-folder bundle to {autopf}\LAPOR Desk (Program Files, or the user's own
; Programs folder when Setup is run without administrator rights), Start-menu entries for the
; program and its training profile, an optional desktop icon, and an uninstaller that never
; deletes the data folder (%LOCALAPPDATA%\LAPOR\LaporDesk: database, attachments, backups,
; settings, logs).

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef BundleDir
  #define BundleDir AddBackslash(SourcePath) + "..\..\dist\lapor-desktop"
#endif
; Indonesian messages: Inno Setup keeps Indonesian.isl among its unofficial translations
; (Files\Languages\Unofficial in the issrc repository), not in the installed Languages folder.
; build.ps1 puts a copy in build\windows\ and passes /DIndonesianIsl=...
#ifndef IndonesianIsl
  #if FileExists(AddBackslash(CompilerPath) + "Languages\Indonesian.isl")
    #define IndonesianIsl "compiler:Languages\Indonesian.isl"
  #elif FileExists(AddBackslash(SourcePath) + "..\..\build\windows\Indonesian.isl")
    #define IndonesianIsl AddBackslash(SourcePath) + "..\..\build\windows\Indonesian.isl"
  #else
    #error Indonesian.isl not found: run build.ps1, or pass /DIndonesianIsl=PATH (see packaging\README.md)
  #endif
#endif

#define AppName "LAPOR! Desk"
#define AppExe "lapor-desktop.exe"

[Setup]
; fixed for every version: upgrades replace the installed copy
AppId={{935A9A8B-62C1-48D8-BC9A-79E6946FD4AF}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=LAPOR
VersionInfoVersion={#AppVersion}
DefaultDirName={autopf}\LAPOR Desk
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=admin
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#AddBackslash(SourcePath)}..\..\dist
OutputBaseFilename=lapor-desktop-{#AppVersion}-windows-x64-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
CloseApplications=yes
#ifdef IconFile
SetupIconFile={#IconFile}
#endif

[Languages]
Name: "id"; MessagesFile: "{#IndonesianIsl}"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
id.TrainingName=LAPOR! Desk (latihan)
en.TrainingName=LAPOR! Desk (training)
id.TrainingComment=Profil latihan dengan data contoh dan hub latihan
en.TrainingComment=Training profile with sample data and a training hub
id.DataKept=Data LAPOR! Desk tidak dihapus dan tetap tersimpan di:%n%1%n%nHapus folder itu sendiri bila memang tidak diperlukan lagi.
en.DataKept=The LAPOR! Desk data was not removed; it is still in:%n%1%n%nDelete that folder yourself only if it is no longer needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; an upgrade starts from a clean program folder (no libraries left over from the old version);
; this is the program folder only, never the data folder
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"
Name: "{group}\{cm:TrainingName}"; Filename: "{app}\{#AppExe}"; Parameters: "--demo"; WorkingDir: "{app}"; Comment: "{cm:TrainingComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry: the uninstaller removes exactly the files it installed. The data
; folder (platformdirs user_data_dir("LaporDesk", "LAPOR")) is never listed, so it stays.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\LAPOR\LaporDesk');
    if DirExists(DataDir) and not UninstallSilent then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
