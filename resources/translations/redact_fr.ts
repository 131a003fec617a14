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
<context>
    <name>viewing</name>
    <message>
        <source>Only the regions the detector found are blurred: whatever it missed (a back view, a partial body, a small or dark picture) is shown in clear. Choose this only if your organisation accepts that risk.</source>
        <translation>Seules les zones trouvées par le détecteur sont floutées : ce qu’il a manqué (une vue de dos, un corps en partie visible, une image petite ou sombre) s’affiche net. Ne choisissez ce réglage que si votre organisation accepte ce risque.</translation>
    </message>
    <message>
        <source>Your organisation does not allow anyone to look at a media sealed as suspected minor in Reviewer.</source>
        <translation>Votre organisation n’autorise personne à regarder dans Reviewer un média scellé comme mineur présumé.</translation>
    </message>
    <message>
        <source>You sealed this media as suspected minor. Another reviewer must check it (four-eyes rule).</source>
        <translation>Vous avez scellé ce média comme mineur présumé. Une autre personne doit le vérifier (règle des quatre yeux).</translation>
    </message>
</context>
</TS>
