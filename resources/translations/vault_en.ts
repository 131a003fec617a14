<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>The evidence vault could not complete this. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no evidence vault in {path}. Check the folder, or create a vault there first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an evidence vault in {path}. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file in {path} is not an evidence vault, or it is too damaged to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder {path} cannot be written to, so the evidence vault cannot be changed there. Choose a folder you may write to, or ask your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase is not correct. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active reviewer called {name} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A passphrase is needed. Type it when asked, or set REVIEWER_PASSPHRASE for scripts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no case {case} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no media {media} in case {case}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no record {record} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no active reviewer key {key} in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{prefix} matches more than one item. Type more characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label} is not one of the review labels. Allowed labels: {allowed}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value cannot be stored in the vault: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reviewer&apos;s name must have 1 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the bytes do not match their SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sizes {old} and {new} are not between 1 and {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it holds a kind of value that a signed record cannot keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bytes of this media were destroyed on purpose (purged). Only its hashes remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence vault has been changed outside Reviewer or is damaged: {what}. Do not add to it; keep a copy and run a verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key that signs its checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s signed head is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s log of checkpoints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>records of {log} are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stored file {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record {seq} of {log}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{first}” and “{second}” cannot be sealed together. {why} Nothing was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This passphrase cannot be used: {why} Choose a longer one, for example four or five unrelated words (at least {minimum} characters). Nothing was created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is shorter than {minimum} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is one of the most common passwords, which guessing programs try first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it follows a pattern that guessing programs try early (a common word, a name, a date, a keyboard row, a sequence or a repeated character).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is made mostly of your own name, which is the first thing a guesser tries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the two passphrases you typed are different.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored key of reviewer {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The decision you are correcting is no longer the latest one for this media: another review was sealed in the meantime. Look at the latest decision, then correct it if needed. Nothing was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This timestamp reply cannot be accepted: {why} Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not a timestamp reply (RFC 3161 .tsr file), or it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp authority refused the request (its answer: {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it answers another request, not one made from this vault on this computer with “reviewer timestamp request”. Send that request file to the authority and import its reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not signed by the timestamp authority whose certificate you gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the timestamp authority&apos;s certificate does not lead to the certification authority in the certificate file you gave, or it was not valid at the time the reply states.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first certificate of the file is not a timestamping certificate (its extended key usage must be timeStamping alone, marked critical).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate file could not be read. It must be a PEM file holding the timestamp authority&apos;s certificate followed by the certificates of its certification authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it uses an algorithm this version does not accept ({algorithm}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this reply is already sealed in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} could not be read. Check its name and folder. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request file {path} could not be written. Choose a folder you may write to. Nothing was changed in the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key cannot be revoked: it is the last one that can open the vault, and nobody could ever open it again. Enrol another reviewer first (or keep the recovery key), then revoke it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stored key of reviewer {name} is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no stored key of an active reviewer is left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key of reviewer {name} was changed or damaged outside Reviewer, so it can no longer open the vault: nothing can be added or decrypted with it. {others} Keep a copy of the vault folder and run a verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reviewer&apos;s key, or the recovery key, can still open the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other key can open the vault: put back the vault folder from a backup made before the damage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {path} is not a checkpoint, or it could not be read. Give the checkpoint file kept from this vault (a few lines of text). Nothing was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it carries a certificate that is not in the certificate file you gave: the reply was altered after the authority signed it, or the file lacks a certificate of the authority&apos;s chain. Import the reply exactly as the authority sent it, with the authority&apos;s full chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not carry the timestamp authority&apos;s certificate, which the request asked for; without it OpenSSL cannot check the reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence vault cannot be made in {path}: that name is already a file, not a folder, or part of the path cannot be used. Choose another folder. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no decision to correct: {record} is not a sealed review of this media. Check the id of the decision you are correcting (reviewer case show lists them), or seal a first decision without --corrects. Nothing was sealed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence vault says it was made by a newer version of Reviewer (format {found}; this version reads up to {supported}). Install the newer version to open it. If no newer version was ever used, the file was changed outside Reviewer: keep a copy of the vault folder and ask your IT contact. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock ({now}) is behind a record already in this vault, dated {last}, so nothing was recorded: a record may never claim to come before the one it follows, nor before the vault was made. Check the computer&apos;s date and time: if they are wrong, set them right and try again. If they are right, it is that earlier record&apos;s date that was wrong (the clock of the computer that sealed it was ahead): record in the case that its dates were wrong (Review menu, “Dates in this case were wrong…”, or “reviewer case correct-time”), then carry on. The earlier record is kept as it is and the correction is shown beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record of this case is dated after this computer&apos;s clock ({now}): there is no wrong date to record. If a seal was refused because the clock is behind, set the computer&apos;s date and time right. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence vault is older than the one this account last saw (on {seen}): it looks like a restored backup or an old copy. What was recorded after that copy is missing: {lost}. A review among them may have withheld a media, so nothing can be exported from this vault or added to it; you can still open and read it. Put back the latest copy of the vault folder, or call your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This evidence vault is not the one this account last saw (on {seen}): another copy of it was changed separately, so the two now tell different stories. Nothing can be exported from this vault or added to it; you can still open and read it. Keep both copies as they are and call your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Sexual deepfake of an adult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Real intimate image shared without consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manipulated, not sexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sexual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No manipulation found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-conclusive</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vault</name>
    <message>
        <source>Record {seq} of {log} is missing: the history has a gap there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) is damaged or was edited: it is not a valid record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) was edited: its stored details do not match its signed content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) was edited: its stored fingerprint does not match its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) does not follow the record before it: the chain is broken, so a record was changed, removed or put out of order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) is signed by a key that was never enrolled in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) is signed by a key that had already been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature of record {seq} of {log} ({record}) is not valid: the record was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s identity or checkpoint key was changed: it does not match the vault&apos;s first signed record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed checkpoint of {log} is not valid (wrong signature or format).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records at the end of {log} are missing: a signed checkpoint covers {expected} records but only {found} remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records of {log} do not match its signed checkpoint of {expected} records: a record from position {seq} on was changed or replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two different signed checkpoints of {log} exist for {expected} records: the history was forked (two copies went different ways).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) is not covered by any signed checkpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s signed log names {log}, but its records are gone: the case was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s own signed log of checkpoints was changed or cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file {blob} named by record {seq} of {log} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file {blob} named by record {seq} of {log} was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted field &apos;{field}&apos; of record {seq} of {log} ({record}) does not match what was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is intact: {records} records in {logs} logs, {blobs} stored files and {checkpoints} checkpoints were checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All encrypted fields and files were decrypted and checked too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted fields and files were checked without being opened (no passphrase given).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vault&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase (at least {minimum} characters): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence vault created in {path}. Reviewer {name}, key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened: {case}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: stored as media {media} (SHA-256 {sha256})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sealed: record {record} (position {seq} in case {case})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer {name} enrolled with key {key}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{case}  opened {opened}  {records} records, {media} media  {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key}  {name}  {status}  enrolled {enrolled}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of media labelled suspected minor was changed: it does not match the signed reviews (media {record}). Exports could show a picture that must stay hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above: this vault&apos;s key, then its fingerprint. Give the fingerprint to each recipient of an exhibit through another channel than the exhibit itself (read it aloud on the telephone, print it on a letter). They check the exhibit with: python verify_exhibit.py --expect-key FINGERPRINT BUNDLE.zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: the passphrase of {name} (key {key}) is protected by a key derivation weaker than this version requires. It is strengthened the next time {name} unlocks the vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) claims a time earlier than the record before it: time never goes backwards along a log, so its time or its place was forged (or a clock was set back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database file is damaged: SQLite&apos;s own integrity check fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database holds something that is not part of a vault (an extra table, view or trigger, or a changed table): it was edited outside the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s stored facts were changed ({field}): they do not match its signed records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s list of logs was changed ({log}): it does not match the signed records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key of reviewer {field} ({record}) is missing: their passphrase can no longer open the vault. Their signed records stay valid; another reviewer, or the recovery key, can still open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored details of file {blob} named by record {seq} of {log} were changed (its size, key or record).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s stored keys or facts were changed outside the application: their seal does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is older than the one last used on this computer: {expected} saved steps were seen here, only {found} remain. It looks like a restored backup or an old copy; what was recorded after it is missing from it: {field}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault does not continue the state last seen on this computer ({expected} saved steps): its history went another way. Two copies of it were used separately, or it was rewritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{log}, records {first} to {last}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key {key} enrolled. Its code, shown only this once:

    {code}

Print it and keep it in the organisation&apos;s safe. With it (--reviewer &quot;Recovery key&quot;, the code as passphrase) the vault opens even if every passphrase is forgotten, and a new reviewer can be enrolled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault fingerprint (give it to recipients of exhibits by telephone or letter): {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s signed head after this seal (keep a copy outside this computer, e.g. by e-mail to yourself: it shows later whether the vault was rolled back or forked):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{media}  {name}  {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sealed by {who} on {when} (record {record})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (corrects the decision of {when})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trusted timestamp in record {seq} of {log} ({record}) does not check: its token, its certificates or the vault state it stamps were changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted timestamp: {tsa} states that the vault&apos;s signed state of {size} checkpoints existed at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timestamp request written to {path}. It covers the vault&apos;s signed state of {size} checkpoints. On a computer connected to the internet, send this file to a timestamp authority (RFC 3161), keep its reply (.tsr) and its certificate with its certification authority&apos;s (.pem), then import the reply here with: reviewer timestamp import REPLY.tsr --tsa-cert CERTIFICATES.pem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted timestamp sealed (record {record}): {tsa} states that the vault&apos;s signed state of {size} checkpoints existed at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key} revoked: it can no longer sign, and what is recorded from now on is encrypted with a new key it cannot open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small picture kept for the list of media (media {record}) was not made by this vault with its current key: someone put it there. It is not evidence, but do not open the case before your IT team has looked: it could show what should stay blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {seq} of {log} ({record}) claims a time before the vault was created: its time was forged, or it was sealed on a computer whose clock was wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the vault&apos;s database cannot be read: a stored value was damaged or changed outside the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key of reviewer {field} ({record}) is missing, and no other reviewer or recovery key is left to open the vault: nobody can add to it or read its encrypted details until that key is put back from a backup of the vault. Its signed records stay valid and can still be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>case &quot;{title}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A signed checkpoint of {log} was signed with the vault&apos;s old signing key, which was replaced when a reviewer was revoked ({field}): whoever signed it kept the old key. The history after that revocation was rewritten or added to by someone who should no longer be able to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third and fourth lines: the key that signs this vault now, and its fingerprint. It replaced the first one on {time}, when a reviewer was revoked. Recipients may check an exhibit with either fingerprint; only this second one also rules out an exhibit made from an old copy of the vault by someone who has left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s signing key was replaced on {time}, when a reviewer was revoked: the key it replaced signed the handover, and everything since is signed with the new key (fingerprint {fingerprint}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key of reviewer {field} ({record}) was changed or damaged: it does not match the signed key log or is not what the application writes, so their passphrase can no longer open the vault. Their signed records stay valid; another reviewer, or the recovery key, can still open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored key of reviewer {field} ({record}) was changed or damaged, and no other reviewer or recovery key is left to open the vault: nobody can add to it or read its encrypted details (titles, notes, media, heatmaps) until that key is put back from a backup of the vault. Its signed records stay valid and can still be verified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <source>The picture cannot be both sexual and not sexual: keep the one you are sure of, or choose “Non-conclusive”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture cannot be both manipulated and unmanipulated (a real photo): keep the one you are sure of, or choose “Non-conclusive”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“Non-conclusive” means you could not decide, so it cannot go with a conclusion. It can go with “Suspected minor”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of a suspected minor cannot be labelled as a picture of an adult: keep “Suspected minor”, which protects the picture more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
