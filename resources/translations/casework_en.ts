<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>add_outcome</name>
    <message>
        <source>Check that it is a photo or a video. If it is, ask your IT contact to convert it (to JPEG, PNG or MP4) and add the copy; keep the file you received as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT contact to convert it (to JPEG, PNG or MP4) and add the copy; keep the file you received as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or cut short. Ask for it again (from the person or the platform) and add the new copy. Keep the damaged file too: it is what you received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask your IT contact: the file is larger than this computer can safely open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the file still exists and that you may open it (USB key plugged in, shared folder reachable), then add it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again once. If it is refused again, the file is probably damaged: ask for it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free some space on the disk, then add the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try adding it again. If it is refused again, tell your IT contact (the technical details are in the application&apos;s log).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was added and sealed, but the detector could not read it: it stays fully blurred. You can still review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no file added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 file added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} files added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adding cancelled: files already added stay in the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>casework</name>
    <message>
        <source>Recovery code of the evidence vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This code opens the evidence vault below if every passphrase is forgotten or lost. Keep this sheet in the organisation&apos;s safe, never on the computer or with the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use it: in the unlock window, choose &quot;Recovery key&quot; as the reviewer and type this code as the passphrase. Then add a new reviewer (Vault menu) and remove the access of the one who forgot their passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If this sheet is lost or may have been seen by someone else, a reviewer can remove the recovery key&apos;s access (Vault menu): it then opens nothing written afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault fingerprint: {fingerprint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
    <message>
        <source>Say why this reviewer&apos;s access is removed (for example &quot;Left the organisation&quot;). The reason is recorded in the vault. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot remove your own access while you are working in the vault. Ask another reviewer to do it. Nothing was changed.</source>
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
    <name>review_state</name>
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
        <source>Refused file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once sealed as a suspected minor, this media stays withheld from every export, even after a correction.</source>
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
<context>
    <name>vault_writes</name>
    <message>
        <source>Not available: this vault is older than the one you last worked with (a restored backup or an old copy), so nothing can be added to it or exported from it. Put back the latest copy of the vault folder, or call your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available: another copy of this vault was changed separately, so nothing can be added to this one or exported from it. Keep both copies as they are and call your IT contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>viewing</name>
    <message>
        <source>This media is a copy of a media sealed as suspected minor in this vault. It is never shown nor exported; a second reviewer&apos;s check is made on the media that was sealed, in its own case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
