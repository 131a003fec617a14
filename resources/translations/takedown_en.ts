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
    <message>
        <source>No media of this case is both reviewed as illegal (sexual deepfake, intimate image shared without consent, suspected minor) and known by the web address (URL) where it was seen. Review the media and record where they were seen, then prepare the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {file} is not a picture. Give the screenshot as a picture file (PNG or JPEG). Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notice must give the name and e-mail address of the person or organisation sending it. Fill them in under Review ▸ After the review ▸ Organisation&apos;s identity, or ask the person who configures Reviewer to fill in the [notifier] section of the organisation&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No media of this case is reviewed as illegal (sexual deepfake, intimate image shared without consent, suspected minor), so there is nothing to report yet. Review the media first, then prepare the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{url} is not a web address. Copy the whole address from the browser&apos;s address bar; it starts with https:// or http://.</source>
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
    <message>
        <source>Sexual content that appears to show a minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is a sexual image that appears to show a person under 18 (real or generated). Making, keeping or distributing such an image is an offence under article 227-23 of the French Criminal Code and is child sexual abuse material under Directive 2011/93/EU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual deepfake of a real person, shared without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is a sexual montage (deepfake) made from the features of a real, identifiable person, published without that person&apos;s consent. This is an offence under article 226-8-1 of the French Criminal Code (sexual montage distributed without consent).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intimate image shared without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The content is a real intimate image of an identifiable person, published without that person&apos;s consent. This is an offence under article 226-2-1 of the French Criminal Code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent, no reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visibility restricted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by the platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reply in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn by us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice of illegal content under Article 16 of the Digital Services Act (Regulation (EU) 2022/2065)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service concerned: {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Exact location of the content (Article 16(2)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Why the content is illegal (Article 16(2)(a))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This assessment was made after a review of the content by trained staff of the notifier on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal qualification given by the reviewer: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Classification (DSA Transparency Database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: {category}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyword: {keyword}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Identification of the content by its fingerprints (hashes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {number}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Notifier (Article 16(2)(c))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notifier&apos;s name and e-mail address are not given: Article 16(2)(c) does not require them for child sexual abuse material (offences under Articles 3 to 7 of Directive 2011/93/EU).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted flagger status (Article 22): {status}. Under Article 22(1) this notice is to be given priority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Statement of good faith (Article 16(2)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{who} confirms a bona fide belief that the information and allegations contained in this notice are accurate and complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We ask you to remove or disable access to this content without delay, and to send us your decision with its statement of reasons (Articles 16(5) and 17).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report to Pharos (internet-signalement.gouv.fr): what to copy into the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested category: {category} (choose the closest one the form offers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>child sexual abuse images (paedophilia)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sexual images of a person distributed without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web address (URL): {url}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site or platform: {platform}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time of publication: not known (give it if the page shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on: {seen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seen on: not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your contact details: {name}, {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not attach the images to the report: give the addresses; Pharos investigators look themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice recorded and signed: {notice}. Record the reply with: reviewer notice reply CASE {notice} --status ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply recorded and signed (record {record}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice sent yet for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{notice}  sent {at}  to {platform} ({channel})  {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    {at}  {status}  statement of reasons: {statement}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices sent in {year}: {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {platform}  {content_type}  {outcome}: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extracted from a web capture ({format})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture sealed: {capture}. Page {url}, captured {at}; {count} pictures or videos inside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture of {url}, taken {at}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  {url}  {mime}  {size} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ANNEX TO THE COMPLAINT: sexual images of the complainant distributed without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft prepared by the Reviewer application from case {case} on {date}, for the complainant&apos;s adviser to complete and check. Parts in square brackets are to be filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the public prosecutor (procureur de la République) at the judicial court of [to be completed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[to be completed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Complainant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname, first names: [to be completed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and place of birth: [to be completed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address: [to be completed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone and e-mail: [to be completed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Suspected author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint against X (author unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint against {name}, and any other person the investigation identifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following content, which shows the complainant, was found on the internet and reviewed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- {what}: seen on {seen} at {url}{platform}; evidence item {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- {what}: where it was seen is not recorded [to be completed]; evidence item {item}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (platform: {platform})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date not recorded [to be completed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates: first seen {first}, last seen {last}. Place: the internet, at the addresses above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[to be completed: no media of the case has been reviewed as illegal yet]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Offences these facts point to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal qualification noted at the review: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. Harm suffered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[to be completed: effects on the complainant&apos;s dignity, health, private, family and working life]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Witnesses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[to be completed, if any]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7. Steps already taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- Notice sent on {at} to {platform} ({channel}): {status}{statement}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, statement of reasons {id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>- No notice recorded in the case. [to be completed if other steps were taken]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>8. List of evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence is in the exhibit exported from the case (a ZIP file with a signed record of each step, a report and a verifier anyone can run: verify_exhibit.py).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit exported on {date}, SHA-256 fingerprint of the ZIP file: {sha256}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exhibit has been exported from this case yet: export it and join it to the complaint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item}: {kind} added on {added}, reviewed as: {labels}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the exhibit: record {record}; redacted copy {files}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the exhibit: record {record} only; no image (suspected minor: fingerprints only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the exhibit: record {record} only; the file was destroyed (fingerprints kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprints: SHA-256 {sha256}, MD5 {md5}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item {item}: web capture ({format}) of {url}, taken {at}; record {record} of the exhibit; SHA-256 {sha256}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>video</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
