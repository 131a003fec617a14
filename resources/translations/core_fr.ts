<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>Something went wrong. Nothing was changed.</source>
        <translation>Une erreur s’est produite. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The help texts are missing from this installation. Reinstall the application or call your IT team.</source>
        <translation>Les textes d’aide manquent dans cette installation. Réinstallez l’application ou appelez votre service informatique.</translation>
    </message>
</context>
<context>
    <name>selftest</name>
    <message>
        <source>Model files match their manifest</source>
        <translation>Les fichiers de modèle correspondent à leur manifeste</translation>
    </message>
    <message>
        <source>The detector finds the face in the sample photo</source>
        <translation>Le détecteur trouve le visage dans la photo d’exemple</translation>
    </message>
    <message>
        <source>A test vault can be created, sealed and verified</source>
        <translation>Un coffre de test peut être créé, scellé et vérifié</translation>
    </message>
    <message>
        <source>The window system starts</source>
        <translation>Le système de fenêtres démarre</translation>
    </message>
    <message>
        <source>component not installed: {module}</source>
        <translation>composant non installé : {module}</translation>
    </message>
    <message>
        <source>model file changed or damaged: {path}</source>
        <translation>fichier de modèle modifié ou endommagé : {path}</translation>
    </message>
    <message>
        <source>model file missing: {path}</source>
        <translation>fichier de modèle absent : {path}</translation>
    </message>
    <message>
        <source>no face found in {sample}</source>
        <translation>aucun visage trouvé dans {sample}</translation>
    </message>
    <message>
        <source>unexpected error: {error}</source>
        <translation>erreur inattendue : {error}</translation>
    </message>
    <message>
        <source>Reviewer {version} self-test ({root})</source>
        <translation>Autotest de Reviewer {version} ({root})</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>[{status}] {title}: {detail}</source>
        <translation>[{status}] {title} : {detail}</translation>
    </message>
    <message>
        <source>Result: all checks passed.</source>
        <translation>Résultat : toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>Result: {count} check(s) failed. Reinstall the application or give this report to your IT team.</source>
        <translation>Résultat : {count} vérification(s) en échec. Réinstallez l’application ou transmettez ce rapport à votre service informatique.</translation>
    </message>
    <message>
        <source>no model is listed in the manifest</source>
        <translation>aucun modèle n’est listé dans le manifeste</translation>
    </message>
    <message>
        <source>face found in {sample} at {box}, score {score}</source>
        <translation>visage trouvé dans {sample} en {box}, score {score}</translation>
    </message>
    <message>
        <source>verification failed: {report}</source>
        <translation>la vérification a échoué : {report}</translation>
    </message>
    <message>
        <source>Qt did not start within {seconds} s</source>
        <translation>Qt n’a pas démarré en {seconds} s</translation>
    </message>
    <message>
        <source>Qt could not start (exit {code}): {error}</source>
        <translation>Qt n’a pas pu démarrer (code {code}) : {error}</translation>
    </message>
    <message>
        <source>platform {name}</source>
        <translation>plateforme {name}</translation>
    </message>
    <message>
        <source>Libraries: {versions}</source>
        <translation>Bibliothèques : {versions}</translation>
    </message>
</context>
</TS>
