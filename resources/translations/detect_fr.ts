<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>The analysis could not be completed. Nothing was changed.</source>
        <translation>L&apos;analyse n&apos;a pas pu être menée à bien. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The detection model {name} has been changed or damaged, so it was not used. Reinstall the application or ask your IT team.</source>
        <translation>Le modèle de détection {name} a été modifié ou endommagé ; il n&apos;a donc pas été utilisé. Réinstallez l&apos;application ou adressez-vous à votre service informatique.</translation>
    </message>
    <message>
        <source>The detection model {name} is not installed on this computer. Reinstall the application.</source>
        <translation>Le modèle de détection {name} n&apos;est pas installé sur cet ordinateur. Réinstallez l&apos;application.</translation>
    </message>
    <message>
        <source>No detection model named {name} is listed in the model lists.</source>
        <translation>Aucun modèle de détection nommé {name} ne figure dans les listes de modèles.</translation>
    </message>
    <message>
        <source>The list of detection models in {path} cannot be read. Ask your IT team to check it.</source>
        <translation>La liste des modèles de détection {path} est illisible. Demandez à votre service informatique de la vérifier.</translation>
    </message>
    <message>
        <source>This analysis works on still images only, not on videos.</source>
        <translation>Cette analyse ne s&apos;applique qu&apos;aux images fixes, pas aux vidéos.</translation>
    </message>
    <message>
        <source>This analysis works on videos only.</source>
        <translation>Cette analyse ne s&apos;applique qu&apos;aux vidéos.</translation>
    </message>
    <message>
        <source>The two photos could not be lined up, so no comparison was made. They may show different scenes, or one of them is too small or too changed.</source>
        <translation>Les deux photos n&apos;ont pas pu être superposées ; aucune comparaison n&apos;a donc été faite. Elles montrent peut-être des scènes différentes, ou l&apos;une d&apos;elles est trop petite ou trop modifiée.</translation>
    </message>
    <message>
        <source>This file could not be analysed; the rest of the scan went on.</source>
        <translation>Ce fichier n&apos;a pas pu être analysé ; le reste de l&apos;analyse a continué.</translation>
    </message>
    <message>
        <source>This file disappeared or became unreadable while the scan was running.</source>
        <translation>Ce fichier a disparu ou est devenu illisible pendant l&apos;analyse.</translation>
    </message>
    <message>
        <source>The report file {path} cannot be written. Choose a folder where you may save files.</source>
        <translation>Le fichier de rapport {path} ne peut pas être écrit. Choisissez un dossier où vous pouvez enregistrer des fichiers.</translation>
    </message>
</context>
<context>
    <name>heatmaps</name>
    <message>
        <source>An inconsistency cue, never proof of editing.</source>
        <translation>Un indice d&apos;incohérence, jamais une preuve de retouche.</translation>
    </message>
    <message>
        <source>Noise residual</source>
        <translation>Résidu de bruit</translation>
    </message>
    <message>
        <source>Bright where the fine grain left after removing the picture differs from the rest of the image.</source>
        <translation>Clair là où le grain fin qui reste une fois l&apos;image retirée diffère du reste de l&apos;image.</translation>
    </message>
    <message>
        <source>Also bright on naturally smooth areas (skin, sky, blur, beauty filters) and on strong texture; resizing and recompression weaken it.</source>
        <translation>Clair aussi sur les zones naturellement lisses (peau, ciel, flou, filtres beauté) et sur les textures marquées ; un redimensionnement ou une recompression l&apos;affaiblissent.</translation>
    </message>
    <message>
        <source>Local noise level</source>
        <translation>Niveau de bruit local</translation>
    </message>
    <message>
        <source>Bright where a block&apos;s camera noise is much stronger or weaker than in the rest of the image.</source>
        <translation>Clair là où le bruit du capteur d&apos;un bloc est bien plus fort ou plus faible que dans le reste de l&apos;image.</translation>
    </message>
    <message>
        <source>Coarse (one value per block); fires on smooth skin, sky, dark or overexposed areas and heavy texture; denoising of the whole image hides it.</source>
        <translation>Grossier (une valeur par bloc) ; réagit à la peau lisse, au ciel, aux zones sombres ou surexposées et aux textures fortes ; un débruitage de toute l&apos;image le masque.</translation>
    </message>
    <message>
        <source>Error level analysis</source>
        <translation>Analyse du niveau d&apos;erreur (ELA)</translation>
    </message>
    <message>
        <source>Bright where resaving the JPEG changes the picture more than elsewhere, as happens when a part was saved a different number of times.</source>
        <translation>Clair là où un nouvel enregistrement JPEG modifie davantage l&apos;image qu&apos;ailleurs, comme lorsqu&apos;une partie a été enregistrée un nombre de fois différent.</translation>
    </message>
    <message>
        <source>Edges, fine texture and saturated colours are always brighter; meaningless after resizing or for images generated whole.</source>
        <translation>Les contours, les textures fines et les couleurs saturées sont toujours plus clairs ; sans valeur après un redimensionnement ou pour une image générée en entier.</translation>
    </message>
    <message>
        <source>JPEG ghosts</source>
        <translation>Fantômes JPEG</translation>
    </message>
    <message>
        <source>Bright where part of the picture seems to have been saved earlier at a lower JPEG quality than the rest.</source>
        <translation>Clair là où une partie de l&apos;image semble avoir été enregistrée auparavant avec une qualité JPEG plus basse que le reste.</translation>
    </message>
    <message>
        <source>Needs a JPEG whose parts have different histories; blind when the earlier quality was higher or close to the file&apos;s; lost after resizing.</source>
        <translation>Ne fonctionne que si les parties du JPEG ont des histoires différentes ; aveugle si la qualité antérieure était plus haute ou proche de celle du fichier ; perdu après redimensionnement.</translation>
    </message>
    <message>
        <source>Sensitive regions</source>
        <translation>Zones sensibles</translation>
    </message>
    <message>
        <source>Where the detector found sensitive regions, brighter for higher scores.</source>
        <translation>Là où le détecteur a trouvé des zones sensibles, plus clair quand le score est plus élevé.</translation>
    </message>
    <message>
        <source>A detector score is not a verdict: it misses some regions (back views) and mistakes others (chests, faces&apos; gender).</source>
        <translation>Un score de détecteur n&apos;est pas un verdict : il manque certaines zones (vues de dos) et se trompe sur d&apos;autres (torses, genre des visages).</translation>
    </message>
    <message>
        <source>Change from the original (structure)</source>
        <translation>Différences avec l&apos;original (structure)</translation>
    </message>
    <message>
        <source>Bright where the shapes and textures differ from the aligned original photo.</source>
        <translation>Clair là où les formes et les textures diffèrent de la photo originale superposée.</translation>
    </message>
    <message>
        <source>Only meaningful if the original really is the source photo; lighting, resizing and compression also show faintly; edges of the frame are left out.</source>
        <translation>N&apos;a de sens que si l&apos;original est bien la photo d&apos;origine ; l&apos;éclairage, le redimensionnement et la compression apparaissent aussi faiblement ; les bords du cadre sont exclus.</translation>
    </message>
    <message>
        <source>Change from the original (colour)</source>
        <translation>Différences avec l&apos;original (couleur)</translation>
    </message>
    <message>
        <source>Bright where the colours differ from the aligned original photo.</source>
        <translation>Clair là où les couleurs diffèrent de la photo originale superposée.</translation>
    </message>
    <message>
        <source>Colour corrections and filters light up the whole image.</source>
        <translation>Les corrections de couleur et les filtres éclairent toute l&apos;image.</translation>
    </message>
</context>
<context>
    <name>scan</name>
    <message>
        <source>{done}/{total} files ({errors} with errors, {skipped} already done)</source>
        <translation>{done}/{total} fichiers ({errors} en erreur, {skipped} déjà traités)</translation>
    </message>
    <message>
        <source>Scan finished: {ok} analysed, {errors} with errors, {duplicates} duplicates, {skipped} already done, {problems} folder problems.</source>
        <translation>Analyse terminée : {ok} analysés, {errors} en erreur, {duplicates} doublons, {skipped} déjà traités, {problems} problèmes de dossier.</translation>
    </message>
    <message>
        <source>Scan interrupted after {done} files. Run the same command again to continue where it stopped.</source>
        <translation>Analyse interrompue après {done} fichiers. Relancez la même commande pour reprendre là où elle s&apos;est arrêtée.</translation>
    </message>
</context>
</TS>
