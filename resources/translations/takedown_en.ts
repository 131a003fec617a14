<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>This could not be prepared. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is not a hash list this application can read (HMA lines, CSV with a header, or VICS 2.0 JSON). Line or item {where} is the first one that is not understood. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} contains no hash that can be used. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is larger than {limit} MB, the most a hash list may be. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no match number {number} for this media. List its matches again and choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a possible answer here. Use one of: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice must give the name and e-mail address of the person or organisation sending it. Ask the person who configures Reviewer to fill in the [notifier] section of the organisation&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web address (URL) is known for this case. Record where the media was seen before preparing a notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no notice {notice} in this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value} is not a date and time this application understands. Write it like 2026-03-14 21:05 +01:00 (date, time of day, time zone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is not a web capture this application can read (WACZ or WARC). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is larger than {limit} MB, the most a web capture may be. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The capture has no picture or video at {url}. List what the capture contains and choose one of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>takedown</name>
    <message>
        <source>Fingerprints of your pictures and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These fingerprints (hashes) let platforms that work with StopNCII.org find copies of your pictures and videos and remove them, without anyone receiving the pictures themselves. A fingerprint does not contain the picture. StopNCII uses PDQ for pictures and MD5 for videos. This sheet contains no picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case}, prepared on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number}. {kind} added on {added}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDQ: none usable (the picture is too plain for a visual fingerprint; the MD5 still works)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as possibly showing a minor: StopNCII is for adults. For a person under 18, use Take It Down (takeitdown.ncmec.org) or call 3018.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash list: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same picture or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Different picture or video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot tell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the hash list “{name}”: {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen before in another case, reviewed there as: {labels}. It is {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen before in another case, not reviewed there yet. It is {how}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the very same file (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the very same file (SHA-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the very same file (MD5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the very same video file (MD5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a visually similar picture (PDQ, {distance} bits of 256 differ)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a visually similar video ({percent} % of its frames match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash list {name} imported into case {case}: {pdq} PDQ, {md5} MD5, {sha1} SHA-1, {sha256} SHA-256, {video_md5} video MD5, {vpdq} vPDQ videos ({ignored} entries of other kinds left aside).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{record}  {name}  case {case}  imported {time}  {total} hashes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No hash list imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media {media}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not seen on any list or in any other case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [{number}] {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A match is only a hint. Look at both and record your answer with: reviewer match-confirm CASE MEDIA NUMBER --decision same-picture|different-picture|non-conclusive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer is recorded and signed (record {record}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written: {path}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
