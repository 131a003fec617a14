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
</TS>
