<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Une erreur s’est produite. Rien n’a été modifié.</translation>
    </message>
</context>
</TS>
