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
        <translation>{count} médias analysés, {records} nouveaux enregistrements.</translation>
    </message>
</context>
</TS>
