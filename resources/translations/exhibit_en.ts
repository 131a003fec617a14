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
<context>
    <name>exhibit_report</name>
    <message>
        <source>{shown} of {total} rows shown; every record is in the bundle under log/case/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media {number}: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thumbnail: redacted copy (sensitive regions blurred).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quality {quality}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind and format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{bytes} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original in this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in this bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame PDQ hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provenance signal was found. The absence of metadata proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No analysis was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model file SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector scores and heatmaps are cues for a human reviewer, never proof on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sealed review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sensitive region was revealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records in the case log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to verify this exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case log checkpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault log checkpoint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media is labelled &quot;suspected minor&quot; in a sealed review. No picture of it is in this exhibit, not even a redacted one: only its hashes and PDQ, which let a recipient match it against their own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Originals are not in this exhibit (redacted copies only). Their SHA-256, SHA-1, MD5 and PDQ are given so that a recipient holding a copy can check it is the same file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media was purged from the vault; only its hashes remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media is withheld as a suspected minor: it is the same file (same SHA-256) as a media labelled &quot;suspected minor&quot; in a sealed review of this vault. No picture of it is in this exhibit, not even a redacted one: only its hashes and PDQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This media is withheld as a suspected minor: its picture matches (PDQ distance of 31 or less) a media labelled &quot;suspected minor&quot; in a sealed review of this vault, for example a re-encoded copy. No picture of it is in this exhibit, not even a redacted one: only its hashes and PDQ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file of the bundle is listed with its SHA-256 in manifest.json, which the vault&apos;s key signs. Run &apos;python verify_exhibit.py --expect-key FINGERPRINT&apos; on the bundle (it needs only Python and the cryptography package): it checks that signature first, then every record signature, that the records form the complete case log under the signed checkpoint, and that this checkpoint is included in the vault&apos;s signed log. These checks prove the bundle is consistent; only a fingerprint received from the sender through another channel (telephone, letter) proves which vault made it. VERIFY.md explains each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault key fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
