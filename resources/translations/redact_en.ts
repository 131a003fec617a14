<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>This picture could not be prepared for safe viewing, so it is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture could not be prepared for safe viewing: its pixels are not in a form Reviewer can read. It is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The safe-viewing setting “{name}” has a value that cannot be used ({value}). Allowed: {allowed}. Check the settings or your organisation&apos;s configuration file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm first that you want to see a blurred part of this picture.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viewing</name>
    <message>
        <source>Only the regions the detector found are blurred: whatever it missed (a back view, a partial body, a small or dark picture) is shown in clear. Choose this only if your organisation accepts that risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation does not allow anyone to look at a media sealed as suspected minor in Reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You sealed this media as suspected minor. Another reviewer must check it (four-eyes rule).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
