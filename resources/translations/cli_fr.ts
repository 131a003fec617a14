<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>cli</name>
    <message>
        <source>{name} ({media}): {what}</source>
        <translation>{name} ({media}) : {what}</translation>
    </message>
    <message>
        <source>sensitive regions recorded</source>
        <translation>zones sensibles enregistrées</translation>
    </message>
    <message>
        <source>heatmaps recorded</source>
        <translation>cartes d&apos;analyse enregistrées</translation>
    </message>
    <message>
        <source>already recorded, nothing added</source>
        <translation>déjà enregistré, rien n&apos;a été ajouté</translation>
    </message>
    <message>
        <source>purged, nothing to analyse</source>
        <translation>supprimé, rien à analyser</translation>
    </message>
    <message>
        <source>{count} media analysed, {records} new records.</source>
        <translation>{count} médias analysés ; enregistrements ajoutés : {records}.</translation>
    </message>
    <message>
        <source>Case {case} renamed; the new title is sealed in its log.</source>
        <translation>Dossier {case} renommé ; le nouveau titre est scellé dans son journal.</translation>
    </message>
    <message>
        <source>Case {case} already has this title; nothing was recorded.</source>
        <translation>Le dossier {case} porte déjà ce titre ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Media {media} removed from case {case}: its stored file is destroyed; its hashes, its records and this removal (record {record}) stay in the log.</source>
        <translation>Média {media} retiré du dossier {case} : son fichier conservé est détruit ; ses empreintes, ses enregistrements et ce retrait (enregistrement {record}) restent dans le journal.</translation>
    </message>
    <message>
        <source>1 media analysed, {records} new records.</source>
        <translation>1 média analysé ; enregistrements ajoutés : {records}.</translation>
    </message>
    <message>
        <source>Recorded in case {case} (record {record}): its records dated after this computer&apos;s clock ({now}) are noted as wrongly dated (records corrected: {count}); they keep their dates, the correction is shown beside them, and the case takes records again.</source>
        <translation>Enregistré dans le dossier {case} (enregistrement {record}) : ses enregistrements datés d&apos;après l&apos;horloge de cet ordinateur ({now}) sont signalés comme mal datés (enregistrements corrigés : {count}) ; ils gardent leur date, la correction figure à côté d&apos;eux, et le dossier accepte de nouveau des enregistrements.</translation>
    </message>
</context>
</TS>
