<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>{name} ({media}): {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensitive regions recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heatmaps recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already recorded, nothing added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purged, nothing to analyse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} media analysed, {records} new records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case} renamed; the new title is sealed in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case {case} already has this title; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media {media} removed from case {case}: its stored file is destroyed; its hashes, its records and this removal (record {record}) stay in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 media analysed, {records} new records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded in case {case} (record {record}): its records dated after this computer&apos;s clock ({now}) are noted as wrongly dated (records corrected: {count}); they keep their dates, the correction is shown beside them, and the case takes records again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
