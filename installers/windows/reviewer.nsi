; Windows installer for Reviewer (NSIS 3, Unicode). NOT RUN ON THIS PROJECT'S LINUX MACHINE: build it on
; Windows, after `python installers\build_bundle.py` has made dist\reviewer (see installers\ci\build-installers.yml):
;     makensis /DVERSION=0.1.0 installers\windows\reviewer.nsi      ->  dist\Reviewer-0.1.0-setup.exe
; Installs the one-folder bundle under Program Files, a Start-menu shortcut to the windowed executable,
; an uninstaller, then runs `reviewer.exe selftest` and tells the person installing if it failed.
; Signing (recommended, SmartScreen warns otherwise): sign dist\reviewer\*.exe before makensis and the
; setup after it, e.g.  signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a FILE

Unicode true
!ifndef VERSION
  !define VERSION "0.1.0"
!endif
!define APP "Reviewer"
!define BUNDLE "..\..\dist\reviewer"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

Name "${APP} ${VERSION}"
OutFile "..\..\dist\${APP}-${VERSION}-setup.exe"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "Software\${APP}" "InstallDir"
RequestExecutionLevel admin
SetCompressor /SOLID lzma

!include "MUI2.nsh"
!define MUI_ICON "..\..\resources\icons\reviewer.ico"
!define MUI_UNICON "..\..\resources\icons\reviewer.ico"
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "French"
!insertmacro MUI_LANGUAGE "English"

LangString SelftestFailed ${LANG_FRENCH} "L'autotest de Reviewer a échoué. Le rapport est dans $INSTDIR\selftest.txt ; transmettez-le à votre service informatique."
LangString SelftestFailed ${LANG_ENGLISH} "The Reviewer self-test failed. The report is in $INSTDIR\selftest.txt; give it to your IT team."

Section "Reviewer" Main
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; A previous version's files must not mix with this one's (a stale DLL would be loaded first).
  RMDir /r "$INSTDIR\_internal"
  File /r "${BUNDLE}\*.*"
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\reviewer-window.exe" "" "$INSTDIR\reviewer-window.exe" 0
  WriteUninstaller "$INSTDIR\uninstall.exe"
  WriteRegStr HKLM "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\reviewer-window.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
  ; Prove the installed files work (model hashes, detector, vault, Qt) before the person leaves.
  nsExec::ExecToStack '"$INSTDIR\reviewer.exe" selftest'
  Pop $0
  Pop $1
  FileOpen $2 "$INSTDIR\selftest.txt" w
  FileWrite $2 $1
  FileClose $2
  StrCmp $0 "0" +2
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(SelftestFailed)"
SectionEnd

Section "Uninstall"
  ; The user's vault lives in %LOCALAPPDATA%\Reviewer and is never removed by the uninstaller.
  Delete "$SMPROGRAMS\${APP}.lnk"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\reviewer.exe"
  Delete "$INSTDIR\reviewer-window.exe"
  Delete "$INSTDIR\selftest.txt"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP}"
SectionEnd
