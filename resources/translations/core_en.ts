<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help texts are missing from this installation. Reinstall the application or call your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>Model files match their manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detector finds the face in the sample photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A test vault can be created, sealed and verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window system starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>component not installed: {module}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file changed or damaged: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model file missing: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no face found in {sample}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer {version} self-test ({root})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[{status}] {title}: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: all checks passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: {count} check(s) failed. Reinstall the application or give this report to your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model is listed in the manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>face found in {sample} at {box}, score {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>verification failed: {report}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt did not start within {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt could not start (exit {code}): {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>platform {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Libraries: {versions}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
