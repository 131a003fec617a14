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
    <message>
        <source>{path} holds more than the exhibit: other data was put before, inside or after it (the file may also open as a picture or another document). It was not checked; ask the sender for the exhibit exactly as the application wrote it.</source>
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
        <source>Summary</source>
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
        <source>Case: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with</source>
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
        <source>Vault key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video ({format}), {pixels} pixels, {duration}, {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture ({format}), {pixels} pixels, {size}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the case on {date} by {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automatic detection was recorded for this media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detector flagged no sensitive area. Detectors miss some (back views, partial bodies, small pictures), so the picture was still shown blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The detector flagged these areas, outlined on the picture: {parts}. Its scores are hints for the reviewer, never a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comparison with the original photo was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the original photo, no changed area was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the original photo, about {changed} of the picture changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{share} of the change lies in the areas the detector flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (URL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No decision was sealed for this media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}, on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaced by the decision of {date} ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current decision; it replaces {count} earlier one(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blurred part of this media was uncovered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurred parts were uncovered {count} time(s), {seconds} in all, by {names}; each time is in the signed log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture blurred as on the reviewer&apos;s screen, in grey; outlined areas are those the detector flagged, blurred more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the detector found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forensic cues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These maps are cues for a person, never proof on their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries no information about its origin (camera, software, generator). The absence of such information proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewers&apos; decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} media, {reviewed} with a sealed decision, {withheld} whose pictures are withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check where this exhibit comes from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before relying on this exhibit, ask the sender, by telephone or in person (not by replying to the message that brought it), to read you their vault&apos;s fingerprint, and compare it with this one. If they match, the exhibit comes from their vault and nothing in it was changed; if they differ, do not rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A technical person can check every file of the exhibit with the verifier it contains (it needs only Python): {command}. The technical annex at the end of this report says what each check proves and what it does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size in bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cover letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by {name}, on {date}, for {recipient}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exhibit holds the signed records of one case: {count} media with their fingerprints (hashes), blurred copies of the pictures unless stated otherwise, the reviewers&apos; sealed decisions and a report (report.pdf). It reveals nothing of any other case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to verify it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With Python and its cryptography package, run the verifier the exhibit contains:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It says “intact” only if every file is exactly as the vault signed it and the vault is the one with this fingerprint. VERIFY.md, in the exhibit, explains each check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected on {date} by {name}, replacing the decision of {earlier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted timestamps (RFC 3161)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timestamp authority signed that the vault&apos;s signed state existed at the time below. The reply, the stamped bytes and the certificates are in the bundle (timestamps/); VERIFY.md gives the OpenSSL command that checks them without this application. It proves when these records existed at the latest, not that they are true.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tsa} states that the vault&apos;s signed state of {size} checkpoints existed at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It covers records 0 to {last} of this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was made before this case existed: it covers none of its records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 media, {reviewed} with a sealed decision, {withheld} whose pictures are withheld</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This exhibit holds the signed records of one case: 1 media with its fingerprints (hashes), a blurred copy of the picture unless stated otherwise, the reviewers&apos; sealed decisions and a report (report.pdf). It reveals nothing of any other case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file of the bundle is listed with its SHA-256 in manifest.json, which the vault&apos;s key signs. verify_exhibit.py checks that signature first, then every record signature, that the records form the complete case log under the signed checkpoint, and that this checkpoint is included in the vault&apos;s signed log. These checks prove the bundle is consistent; only a fingerprint received from the sender through another channel proves which vault made it. That key is replaced each time a reviewer is revoked, handed over by the key before it: someone who worked on the vault and has left may still hold an older key, but not the one that signs now. An exhibit they made from a copy of the vault kept from before they left passes a check against the vault&apos;s first fingerprint, not against the fingerprint of the key that signs now. VERIFY.md explains each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault identity (first key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s signing key was replaced on {date}, when a reviewer&apos;s access was withdrawn. The key that signs now has this fingerprint; ask the sender for it too: an exhibit made from an old copy of the vault, by someone who has left, does not match it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What these checks do not show: that the decisions are right; that the times are true (each record&apos;s time is the clock of the computer that sealed it; only a trusted timestamp, when there is one, dates the vault&apos;s state independently); that nothing was recorded after the export. For suspected minors, the verifier sees this case&apos;s labels and the list of withheld media the vault signed, not labels sealed in other cases or after the export, nor a picture mirrored or turned a quarter turn, nor a video copy that is not the same file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
