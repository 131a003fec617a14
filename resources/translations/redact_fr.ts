<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>This picture could not be prepared for safe viewing, so it is not shown.</source>
        <translation>Cette image n’a pas pu être préparée pour un affichage protégé ; elle n’est donc pas affichée.</translation>
    </message>
    <message>
        <source>This picture could not be prepared for safe viewing: its pixels are not in a form Reviewer can read. It is not shown.</source>
        <translation>Cette image n’a pas pu être préparée pour un affichage protégé : ses pixels ne sont pas dans une forme que Reviewer sait lire. Elle n’est pas affichée.</translation>
    </message>
    <message>
        <source>The safe-viewing setting “{name}” has a value that cannot be used ({value}). Allowed: {allowed}. Check the settings or your organisation&apos;s configuration file.</source>
        <translation>Le réglage d’affichage protégé « {name} » a une valeur inutilisable ({value}). Valeurs permises : {allowed}. Vérifiez les réglages ou le fichier de configuration de votre organisation.</translation>
    </message>
    <message>
        <source>Please confirm first that you want to see a blurred part of this picture.</source>
        <translation>Confirmez d’abord que vous voulez voir une partie floutée de cette image.</translation>
    </message>
</context>
</TS>
