<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>The exhibit could not be made or read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: no such file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} is not a readable zip file (it is damaged or of another kind).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle contains a file with an unsafe name ({name}); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle contains a link ({name}) instead of a file; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle contains something that is not an ordinary file ({name}); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle contains the name {name} twice (letter case ignored); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle contains too many files ({count}, at most {limit}); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle would unpack to more than {limit} bytes; it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the bundle is compressed suspiciously well (a &quot;zip bomb&quot;); it was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the bundle is password-protected; an exhibit never is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} in the bundle is damaged and cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case {case} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled. No file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit could not be written to {path}. No file was left behind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF report could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
