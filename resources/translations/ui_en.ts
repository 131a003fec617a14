<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AfterReviewDialog</name>
    <message>
        <source>After the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case “{title}”: report the content, stop it coming back, prepare the complaint. The application prepares the texts and files; you send them yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices &amp;sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fingerprints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses where the content was seen (tick those to report):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses to report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another address: https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texts to send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice in French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice in English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharos summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice (French)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice (English)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a &amp;text file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record that I sent it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each line is a notice you recorded as sent, with the platform&apos;s latest answer. Every entry is signed with your key and kept in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notice recorded yet for this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that I &amp;sent a notice…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the platform&apos;s &amp;answer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fingerprint (hash) is a short code computed from a picture or a video. It lets others recognise copies without receiving the picture. None of these files holds an image; media marked “suspected minor” leave only as fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;StopNCII receipt for the victim…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the person shown: the fingerprints StopNCII.org uses (PDQ for pictures, MD5 for videos), so partner platforms can block copies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hash list (HMA)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For a platform&apos;s trust and safety team: the case&apos;s fingerprints as a list their matching tools read (Hasher-Matcher-Actioner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File for the &amp;police (VICS 2.0)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For investigators: the case&apos;s fingerprints in the format of their tools (Griffeye, Autopsy, IPED), without any category chosen for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The complaint annex is a text for the victim&apos;s adviser to complete: the facts, the notices already sent and the list of evidence, pointing into the exported exhibit. It holds no image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty if unknown (the complaint is then against “X”)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected &amp;author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare the complaint annex…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can type the address below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s name and e-mail address are not set. A notice to a platform must give them (a notice about a suspected minor does not). Click “Fill in the identity…” to give them once for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the &amp;identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these lines into the form on internet-signalement.gouv.fr. Never attach the pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One notice per address, for the platform&apos;s reporting form or its e-mail address. Never attach the pictures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(statement of reasons {id})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Yearly count of every case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparency report (DSA Art. 22(3)), &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Web captures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A capture of the page where the content was seen, with its address, date and time, is kept sealed in the case as evidence. Make it with ArchiveWeb.page or Webrecorder (a WACZ or WARC file), then import it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web captures of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Captured on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No web capture in this case yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a web capture (WACZ or WARC)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a &amp;screenshot of the page…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasesController</name>
    <message>
        <source>No case yet. Create one with File ▸ New case (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the case:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo case (neutral sample photos)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is empty. Drag files or folders here, or use File ▸ Add files… (Ctrl+O).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a media in the grid above to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonPanel</name>
    <message>
        <source>Comparison with an original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the person has the original photo, compare it with this image: the areas that were changed are the strongest evidence of an edit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare with the original photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See both pictures side by side</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetectionsPanel</name>
    <message>
        <source>Detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal selected region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected region unblurred for a few seconds (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores come from an automatic detector. They are hints, never a verdict: the detector makes mistakes (faces are often mislabelled, back views missed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exposed body parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Covered body parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Genitals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Buttocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Armpits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an image or a video to see what the detector found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis in progress. The whole image stays blurred until it is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The analysis failed: {message} The image stays blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sensitive region was detected. This does not prove there is none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} region(s) detected and blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model label: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model score: {score} (a hint, not a verdict)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolDialog</name>
    <message>
        <source>Add a reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new reviewer gets their own key: everything they seal is signed with their name. Let them type their passphrase themselves; nobody can recover a forgotten passphrase. Their enrolment is recorded in the vault, signed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (as on exhibits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add the reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least {n} characters; a few unrelated words are easy to remember and hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted. Longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExhibitController</name>
    <message>
        <source>Preparing the exhibit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gathering the signed records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the PDF report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the manifest…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit was not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify an exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: {path}
SHA-256: {sha}
Files in the exhibit: {count}
Media withheld as suspected minors (hashes only): {withheld}
Export record: {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit is ready: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its export is recorded in the case&apos;s history. Give it to the lawyer or the investigators with the vault&apos;s fingerprint, told by another means (telephone, in person).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What next?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export exhibit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case “{title}” as an exhibit: its signed records, redacted pictures, a PDF report and a verifier anyone can run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Public prosecutor, Paris</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include &amp;original files (unredacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By default the exhibit holds only redacted pictures and the originals&apos; hashes. Media labelled “suspected minor” never get a picture in an exhibit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the exhibit as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exhibit (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the original files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original files show everything unredacted: whoever opens the exhibit will see the intimate material itself, not the blurred copies.

Media labelled “suspected minor” are never included, whatever you choose here.

Include the original files in this exhibit?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include the originals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export without originals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No vault was found in {folder}.

The vault keeps the material of your cases encrypted, and every action you seal is signed with your personal key. Choose your name as it should appear on exhibits, and a passphrase that protects your key. Nobody can recover a forgotten passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least {n} characters; a few unrelated words are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acceptable. Longer is stronger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary of terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The glossary is missing from this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridFilterBar</name>
    <message>
        <source>Search a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sort:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GridFilterController</name>
    <message numerus="yes">
        <source>%n of {total} shown</source>
        <translation>
            <numerusform>%n of {total} shown</numerusform>
            <numerusform>%n of {total} shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GroupsController</name>
    <message>
        <source>Apply to the copies?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This picture has {count} near-identical copies in the case (same file, or PDQ distance of 31 bits or less). Seal the same decision on each of them? Each gets its own sealed record naming this picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal on the copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision sealed on {count} copies.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeatmapPanel</name>
    <message>
        <source>Forensic heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmap opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps show inconsistency cues, never proof. Bright areas deserve a closer look; dark areas prove nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing the heatmaps…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No heatmap for this media.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits: {limits}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show expert maps (not reliable on edits like these)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (expert)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records of this media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region revealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review sealed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}  {what}  by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest checkpoint of the case:
{checkpoint}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ The case checks: nothing in it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record is signed with a reviewer&apos;s key and chained to the one before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The check failed: the case&apos;s log was changed or damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message} Call your IT contact before adding anything to this case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier dates noted as wrong (clock ahead)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IngestController</name>
    <message>
        <source>Add files to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images and videos ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder to the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image or video found there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding files: {done} of {total} done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageSwitch</name>
    <message>
        <source>The language changes once the current work is finished.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockController</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide everything and ask for the passphrase again (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked. Type your passphrase to go on.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All media are hidden.

Take the time you need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show media again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case on the left, then add files (drag them here, or File ▸ Add files…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export exhibit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the case for a court or a platform (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify an e&amp;xhibit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hide all media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide every image and video at once (F12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;media again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grayscale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the image in shades of grey (Ctrl+G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region &amp;outlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Compare with the original photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heatmaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Original</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi&amp;story</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Panels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide all media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer {version}
Offline review of reported intimate images, with a signed evidence vault. Licence: AGPL-3.0-or-later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What next? Guide…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary of terms…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move from the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the comparison side &amp;by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a reviewer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify the whole vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Va&amp;ult</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;After the review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices to the platform and Pharos, fingerprints for StopNCII and the police, the complaint annex (Ctrl+Shift+A)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove a reviewer&apos;s access…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates in this case were wrong…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a seal is refused because an earlier record is dated after this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaGrid</name>
    <message>
        <source>Media of the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaGridModel</name>
    <message>
        <source>{name} (suspected minor, not shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (cannot be shown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (not added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} × {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {count} identical pictures, shown once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (being added)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (being read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (analysis pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (analysed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MediaViewer</name>
    <message>
        <source>Image viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the safe rendering of the selected image. Click a blurred region to reveal it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NextStepsDialog</name>
    <message>
        <source>What next?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In every case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on {date} against the public services&apos; own pages (version {version}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prepare the notices, fingerprints and complaint…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeAnswerDialog</name>
    <message>
        <source>Record the platform&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notice sent to {platform} on {date}. The record is signed with your key and kept in the case&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste or sum up the platform&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the answer gives one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statement of reasons number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement of reasons number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and &amp;sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotifierDialog</name>
    <message>
        <source>Organisation&apos;s identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These details come from the organisation&apos;s settings, set by the person who installed Reviewer. Ask them to change them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every notice to a platform gives the name and e-mail address of whoever sends it. They are kept on this computer for the notices of every case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Association d&apos;aide aux victimes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. reports@association.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted &amp;flagger status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted flagger status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only if a regulator designated you (e.g. Arcom)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlainResult</name>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProvenancePanel</name>
    <message>
        <source>Provenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provenance signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing metadata proves nothing: most platforms remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{width}×{height}, {format}
SHA-256: {sha256}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No provenance signal found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Your recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If every passphrase is one day forgotten or lost, this code still opens the vault, so the evidence is not lost. It is shown only this once. Print it, or write it down carefully, and keep it in the organisation&apos;s safe: never on this computer or with the laptop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use it: in the unlock window, choose &quot;Recovery key&quot; and type this code as the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have &amp;printed or written down this code and will keep it in a safe place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the recovery code</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedFilesDialog</name>
    <message>
        <source>Some files were not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some files were not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added, not analysed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do: {advice}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each file below: why, and what to do. The other files are in the case.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalController</name>
    <message>
        <source>“{name}” was removed from the case. The removal is recorded in its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovalDialog</name>
    <message>
        <source>Remove from the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “{name}” from the case?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its stored file and its heatmaps are destroyed for good. It leaves the case and the pictures of every exhibit exported from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its hashes and everything recorded about it stay in the case&apos;s log, with this removal, your name and the reason below: the log shows it was there and why it was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its sealed review ({labels}) stays in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n exhibit(s) already exported contain it; they are not changed.</source>
        <translation>
            <numerusform>%n exhibit already exported contains it; it is not changed.</numerusform>
            <numerusform>%n exhibits already exported contain it; they are not changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason for the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (recorded):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameController</name>
    <message>
        <source>The case was renamed. The new title is recorded in its log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RenameDialog</name>
    <message>
        <source>Rename the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new title is sealed in the case&apos;s log; the earlier titles stay there. Exhibits exported from now on carry the new title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title of the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles of the case so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}: “{title}”, opened by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{time}: renamed “{title}” by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles so far:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealBar</name>
    <message>
        <source>Show softer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole picture less blurred for a few seconds: shapes, no detail; detected regions stay blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show clear picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole picture without blur for a few seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click an outlined region to uncover it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time left before the picture is blurred again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} uncovered: blurred again in {seconds} s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing can be uncovered: a look would not be recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealConfirmation</name>
    <message>
        <source>Reveal a region?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be blurred again after a few seconds, or at your next click. Each reveal is recorded in the case&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the clear picture?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole picture will be shown without blur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the picture less blurred?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole picture will be shown less blurred: shapes and the scene, no detail. Detected regions stay blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The region will be shown unblurred.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevealController</name>
    <message>
        <source>Reveal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Softer view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewController</name>
    <message>
        <source>Checking the case: {done} of {total} records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the media is not in the vault yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record {record} (position {seq} in the case&apos;s log)
Signed by key {signer} at {time}

New checkpoint of the case:
{checkpoint}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <source>Review form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is it? (one or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspected minor: exports of this media will contain its hashes only, never the image, not even blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sexual montage without consent (Code pénal art. 226-8-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharing an intimate image without consent (Code pénal art. 226-2-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Child sexual abuse material (Code pénal art. 227-23)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal &amp;qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source &amp;URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seal the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the review with your key and add it to the case&apos;s log (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form changed since it was sealed; sealing again adds a new record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;orrect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal a new decision that replaces this one; both stay in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correcting the decision of {when}. Sealing adds a new record that replaces it; the earlier decision stays in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal qualification: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed by {who} on {when}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corrected on {when} by {who}: it replaces the decision of {earlier}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the summary, then confirm to seal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sealed: nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review recorded and signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in the case&apos;s log, signed with your key. The History tab lists it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewersController</name>
    <message>
        <source>Reviewer added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can now open the vault with their own passphrase: they choose their name in the unlock window. Their enrolment is recorded in the vault, signed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} can no longer open the vault or sign in it. What is recorded from now on is protected by a new key. The removal is recorded in the vault, signed by you.

Exhibits are now signed with a new key too: their cover letter gives its fingerprint, to read to recipients who check where an exhibit comes from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Remove a reviewer&apos;s access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reviewer you choose will no longer be able to open this vault or sign anything in it. What they sealed before stays valid, signed with their name. Everything recorded from now on is protected by a new key that they do not have. What they could already see stays readable to them only if they kept a copy of the vault folder. Their removal is recorded in the vault, signed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer whose access is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (added on {date})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: left the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody else can open this vault, so there is no access to remove.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason (recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move their access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RollbackWarning</name>
    <message>
        <source>This vault is not the latest one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault is not the one you last worked with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I understand</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScreenshotCaptureDialog</name>
    <message>
        <source>Import a screenshot of the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the screenshot of the whole page (PNG or JPEG), the page saved by the browser (File ▸ Save page as, HTML), its address and when you took the screenshot. Both files are sealed in the case, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… as in the browser&apos;s address bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pictures (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page (&amp;HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the saved page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web pages (*.html *.htm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screenshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page (HTML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seal in the &amp;case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choos&amp;e…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SealSummaryDialog</name>
    <message>
        <source>Seal this review?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are about to sign this review with your key. Once sealed it cannot be removed; a mistake is fixed later by a correction, and both stay in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confirm and seal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision of {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal qualification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SelftestFailedBox</name>
    <message>
        <source>Reviewer failed its start-up check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Failed: {title}
   {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer checks its own files every time it starts. This time some of them are not as they were installed:

{failed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer cannot safely open your vault with these files, so it will close. Your vault has not been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To protect your cases, analysing media is turned off: you can read your cases and their history, but you cannot add files until Reviewer is reinstalled. Media stay fully blurred.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{consequence}

What to do: reinstall Reviewer, or give the details below to your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue without analysis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SentNoticeDialog</name>
    <message>
        <source>The platform&apos;s reporting form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pharos (internet-signalement.gouv.fr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted flagger interface (API)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a notice sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a notice once you have sent it. The record is signed with your key and kept in the case&apos;s history; it cannot be removed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the platform&apos;s name or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the platform&apos;s reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Addresses (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record and &amp;sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>The vault cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{message}

Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is ready. Would you like a demo case with four neutral sample photos (an astronaut, a cat, a coffee cup, a rocket) to try the tools safely?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the demo case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault unlocked for {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show images in grayscale by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reveal timeout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blur strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blur &amp;method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Re-blur after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detector &amp;threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lower threshold blurs more regions, including some false ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySideDialog</name>
    <message>
        <source>Comparison with the original photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The picture under review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both pictures are blurred as everywhere else. To look closer, use the viewer, where every reveal is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide the numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TakedownController</name>
    <message>
        <source>Copied. Paste it into the platform&apos;s form, an e-mail or Pharos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the text as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text file (*.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s identity is saved; the notices now give it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded and signed: the notice sent to {platform}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in the list of notices sent and in the case&apos;s history. When the platform answers, record its answer there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded and signed: where the notice stands now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of notices sent shows it; the case&apos;s history keeps every step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record: {record}
Position in the case&apos;s log: {seq}
Signed at: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the StopNCII receipt as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the hash list as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the file for the police as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON file (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the complaint annex as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the count as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a web capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web captures (*.wacz *.warc *.warc.gz);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture sealed in the case: {url}. Pictures and videos inside: {count}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeCorrectionController</name>
    <message>
        <source>Dates in this case were wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that the last records of this case were dated after this computer&apos;s clock?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do this only if this computer&apos;s date and time are right now: check them first. The records dated later than now keep their dates; a signed note in the case says they were wrong (the clock of the computer that sealed them was ahead). It appears in the history and in exhibits, and the case can take new records again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded: the records of this case dated after this computer&apos;s clock are noted as wrongly dated (records corrected: {count}). The case takes records again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VaultCheckController</name>
    <message>
        <source>Checking the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the whole vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the database file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the signed records of each case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the checkpoints…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the stored files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the sealed fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything in the vault checks: every record is signed and chained, every stored file and sealed field is as it was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault has a problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something in the vault does not check. Do not add anything to it and call your IT team; give them the technical details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase protection of these reviewers is below today&apos;s rule; they should choose a new passphrase: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vault check cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationDialog</name>
    <message>
        <source>Exhibit verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit is intact: every check passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exhibit did NOT pass verification. See the lines below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifier&apos;s report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VideoPanel</name>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact sheet of keyframes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame scrubber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous frame (Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next frame (Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound is never played.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame {index}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>frame {index} / {count} · {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ViewingController</name>
    <message>
        <source>{name} is being read from the vault…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is being added…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The original photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original: {name} (SHA-256 {sha}…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDQ distance: {d} (31 or less: the same picture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The maps of the changes are in the Heatmaps panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed area: {percent} of the image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the changes inside sensitive regions: {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of the sensitive regions that changed: {percent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall similarity (SSIM): {ssim}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithheldController</name>
    <message>
        <source>Look at a media sealed as suspected minor?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another reviewer sealed this media as a suspected minor. Look only if your check requires it. The picture opens blurred; your look and every reveal are recorded in the case&apos;s log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WithheldPage</name>
    <message>
        <source>Media not shown: suspected minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: sealed as suspected minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second reviewer&apos;s check: confirmed and recorded in the case&apos;s log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: {labels}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed by: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sealed on: {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{algorithm}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown: copy of a media sealed as suspected minor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same file (same SHA-256) as a media sealed as suspected minor in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its picture matches (PDQ) a media sealed as suspected minor in this vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>YearlyCountDialog</name>
    <message>
        <source>Notices of {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the yearly transparency report of a trusted flagger (DSA Article 22(3)): the notices first sent in {year}, in every case, by platform, content and where they stand. It holds no address, no case and no name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices by platform, content and outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the count…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notices in all: {count}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>Something unexpected went wrong. Nothing was changed. The details are in the log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis is turned off because Reviewer failed its start-up check. Reinstall Reviewer or contact your IT team.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formats</name>
    <message>
        <source>{date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
