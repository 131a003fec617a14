<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>This file could not be read. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is damaged or incomplete, so it cannot be shown. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No picture could be decoded from this video ({codec}). It may be damaged, or compressed in a format this copy of the reviewer cannot decode. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is too large to open safely ({what}). It was not opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file could not be read: {why}. Check that it exists and that you may open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening this file took longer than {seconds} seconds, so it was stopped. It may be damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you do not have permission to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not an ordinary file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a link that points back to itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder in its path does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its name is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the disk reported a read error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the system refused to read it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{megabytes} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{width} x {height} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than {frames} frames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{minutes} minutes long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This video file is incomplete: it was cut off (for example by an interrupted download or copy) before any picture could be decoded, so there is nothing to show. Ask for a complete copy of the file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a picture or video the reviewer can open. Supported: JPEG, PNG, WebP, GIF, BMP, TIFF, HEIC, AVIF, MP4, MOV, WebM and AVI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture is compressed in a way ({compression}) that this copy of the reviewer cannot decode. The file is not necessarily damaged; another program may open it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>media</name>
    <message>
        <source>The file carries no camera, editing or provenance information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing metadata proves nothing: most platforms and messaging apps strip it from every file, real or generated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file says which camera or phone made it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can write or copy these fields; they do not prove that the picture came from that device or that it was not changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names the software that last wrote it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing or export software is common for ordinary photos, and the field is easy to change or remove; it does not show what was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file records a date and time of capture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock of the device may be wrong, and the date can be edited by anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains GPS location data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The location may be that of the device, not of the scene, and can be edited. Treat it as sensitive personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares that it was made or changed with generative AI (IPTC digital source type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file declares how it was made (IPTC digital source type).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a claim written by software; without a valid signed manifest anyone could have added or removed it. Its absence proves nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries a C2PA content credential (a signed history of the file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential describes what its signer claims. Check whether it is valid and who signed it. It was checked offline, so a revoked certificate may not be noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries a C2PA content credential that does not validate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file may have been changed after signing, or the credential is damaged; what it claims cannot be relied on. This alone does not show the picture is fake.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file seems to carry a C2PA content credential, but it could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file points to a C2PA content credential kept on a server. It was not fetched: the reviewer works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching it would tell that server that someone is examining this file. The address alone proves nothing about the picture; it can be checked later, with care, outside this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries no C2PA content credential.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most cameras, phones and platforms do not add credentials, and sharing usually removes them: this proves nothing about the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s name says one type, but its content is another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files are often renamed by apps, downloads or people; a wrong extension does not show that the picture was changed. The reviewer reads the file by its content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file holds markers that an AI image generator writes (named in the value, with the fields where they were found): its settings, prompt or name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This strongly suggests the picture came out of that generator, but the text can be copied into any file; most services remove it, so its absence proves nothing. It does not say whether a real person&apos;s photo was used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file names an author or a copyright holder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone can write or copy these fields: the name does not prove who made or changed the picture. It may be a real person&apos;s name; treat it as personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries IPTC press fields (caption, author, credit, source, keywords...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file carries XMP fields (the editing software, author, caption, credit, source...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing and publishing software and people write these fields; they are easy to copy, change or remove, and they do not show what was changed in the picture.</source>
        <translation></translation>
    </message>
    <message>
        <source>The video&apos;s header announces a different number of frames from the number that could be decoded. The number recorded is the number decoded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Many programs write an estimate (from the duration and frame rate), so a difference of a frame or two is common and does not mean the video was edited. A large shortfall usually means the file is incomplete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file ends early: it was cut off (for example by an interrupted download or copy). Only the part it holds could be decoded; everything shown and recorded comes from that part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not say why the file is incomplete or what the missing part showed. The hashes identify this incomplete file, not the complete video: ask for a complete copy if one exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
