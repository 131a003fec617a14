<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>The case could not be updated. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media ({media}) is not part of the open case. Open its case, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be analysed; the rest of the scan went on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file disappeared or became unreadable while the scan was running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report file {path} cannot be written. Choose a folder where you may save files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case&apos;s log no longer checks: record {seq} does not follow what was verified. Run &quot;Verify the case&quot; and call your IT team before adding anything to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media was already removed from the case. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media was sealed as a suspected minor (or is a copy of one), so it stays in the case as evidence. It is already never shown and never exported: only its hashes are. Nothing was changed. If it truly was added by mistake, ask the person responsible for the vault in your organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the media is removed (for example &quot;Added by mistake&quot;). The reason is recorded. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case title must have between 1 and {maximum} characters. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reviewer called &quot;{name}&quot; can already open this vault. Give the new reviewer a name that tells them apart (for example with their first name or team). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>groups</name>
    <message>
        <source>Decision applied from the group&apos;s representative (SHA-256 {sha256}): {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identical file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDQ distance {distance} bits (31 or less: the same picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the frame hashes of both videos match</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>media_filter</name>
    <message>
        <source>Oldest added first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest added first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused or unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added in the last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added in the last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>removal</name>
    <message>
        <source>Added by mistake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belongs to another case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same file added twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <source>{done}/{total} files ({errors} with errors, {skipped} already done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan finished: {ok} analysed, {errors} with errors, {duplicates} duplicates, {skipped} already done, {problems} folder problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan interrupted after {done} files. Run the same command again to continue where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
