<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Agency profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the agency&apos;s logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnswerCountsDialog</name>
    <message>
        <source>Answer counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many marked each answer. Answered and right are worked out from these counts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CurriculumPage</name>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a word in English or Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language modules and guides are shown in; it can differ from the interface language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No module matches these filters. Choose “All audiences” or “Any length” to see more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches. Try fewer words, or check the filters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DetailLabels</name>
    <message>
        <source>As written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Race or ethnicity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Girls/women</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Boys/men</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nonbinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>White</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one race</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curriculum files have errors, so Upstream cannot open them. Nothing was changed. Reinstalling Upstream restores the original files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>The agency profile cannot be used: %1:%2: uses a YAML anchor or alias (&amp; or *), which this file may not use. Fill it in again under File &gt; Agency profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The agency profile cannot be used: %1:%2: this line cannot be read. Fix it under File &gt; Agency profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local helplines file %1 has a problem on line %2, so handouts are not made until it is fixed. The command “facilitator helplines” lists every problem.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it is still on the drive and try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a records file exported by Upstream, or it is damaged. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was made by a newer version of Upstream. Nothing was changed. Update Upstream on this laptop first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was changed after it was exported, so it cannot be trusted. Nothing was changed. Ask for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a folder, a device or a pipe, not a records file. Nothing was changed. Choose the file that was exported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is larger than %1 MB, more than any records file. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site number %1 in the file, field “%2”: %3 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session number %1 in the file, field “%2”: %3 Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site number %1 in the file is not as Upstream writes it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session number %1 in the file is not as Upstream writes it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not as Upstream writes it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file %1 does not exist. Choose the file again, or remove the logo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file %1 is not an image. Use a PNG or JPEG file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file %1 is %2 MB; a logo may be at most %3 MB. Use a smaller copy of the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo file %1 is %2 x %3 pixels; a logo may be at most %4 pixels a side. Use a smaller copy of the image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved agency profile %1 cannot be used: line %2 has a YAML anchor or alias (&amp; or *), which this file may not have. Fill in the form and save it to replace the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved agency profile %1 cannot be read (line %2). Fill in the form and save it to replace the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curriculum files have errors (the first in %1, line %2), so Upstream cannot open them. Nothing was changed. Reinstalling Upstream restores the original files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or the printer could not be opened, so nothing was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use 0 or more, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than %2, the most this field takes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is more than a month from today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no module “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These add up to %1, more than the %2 who took part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth sessions keep numbers only, never names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More correct answers than people who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a time like 10:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type how many answered, too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer counts add up to %1, more than the %2 who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is %1 characters long; it can be at most %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This holds characters that are not text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like a phone number. Records keep no way to reach a person: leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” looks like an email address. Records keep no way to reach a person: leave it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record&apos;s edit counts are not as Upstream writes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a records file. Move it away or rename it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe or a device), so Upstream does not read it. Move it away, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream is not allowed to read %1. Give your user account permission to read and write it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, or its folder, is read-only, so nothing could be saved. Nothing was changed. Make it writable (or copy the folder somewhere writable), then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so nothing was saved. Free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program (perhaps Upstream in another window) has %1 open. Close it, then try again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file is not there any more. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program put a different records file in place of %1 (a restore), so nothing was saved. Close Upstream and open it again to see the records now in place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged or is not an Upstream records file, so it cannot be used. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Upstream, so this version does not change it. Update Upstream on this laptop to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout template %1 has a mistake on line %2, so this handout cannot be made. Fix the template, or take it out of the templates folder to use Upstream&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no handout “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts have no wording in the language “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one language for the handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This handout is not available in the language “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a way to set out two languages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a paper size Upstream prints on: choose Letter or A4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one module for this handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the module or modules this handout is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the school&apos;s name for the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the session date for this handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a consent rule: choose opt-out or opt-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip&apos;s return-by date must be at least a week before the session, so the school can act on it: choose %1 or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curriculum has no survey, so survey handouts cannot be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On line %2, the handout template %1 does something templates may not do, or takes too long, so this handout cannot be made. Fix the template, or take it out of the templates folder to use Upstream&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout template %1 makes far more text than any handout, so this handout cannot be made. Fix the template, or take it out of the templates folder to use Upstream&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The handout template %1 does not give each language the same blocks, so they cannot be set side by side. Choose one language after the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream is not allowed to use this file or folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk or folder is read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream could not finish this. The details, in English: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream ran into a problem it did not expect. Your work so far is kept, and you can go on using the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened: %1

The details are saved in the log file:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacilitatorWindow</name>
    <message>
        <source>◀ Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause screen (B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety (S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources (R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session (Ctrl+E)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearsal: nothing is shown to a class. Connect the projector and set it to Extend to present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous section (Left arrow or Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next section (Right arrow, Page Down or Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section %1 of %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: the end of the session. Thank the group and hand out the resource cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: %1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector: pause screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector: where to get help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector: this section&apos;s prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector: white screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector frozen (F to show this section)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projector page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideReader</name>
    <message>
        <source>Sect&amp;ions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections of the module, with their timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a module to read its facilitator guide.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutChoices</name>
    <message>
        <source>Hand&amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Who reads it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School or site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return slip &amp;by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents&apos; &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your school board&apos;s rule for this lesson; the letter and its slip follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the slip must be back at school: at least a week before the session, so the school can act on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print pack: everything the modules use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the modules suggest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Young people read Spanish handouts in &quot;tú&quot; and get the youth survey; adults read &quot;usted&quot; and get their own survey.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needed for the parent letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules the handout is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not yet reviewed by a native speaker)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English and Spanish, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English, then Spanish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Families return the slip only if the child will NOT take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child takes part only if the family returns a signed slip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The slip&apos;s return-by date must be at least a week before the session, so the school can act on it: choose %1 or earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick one module for this handout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the module or modules this handout is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the school&apos;s name for the letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the session date.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HandoutsPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sav&amp;e as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview of the handout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This translation has not been reviewed by a native speaker yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the handouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no printing service on this computer (CUPS is not running), so Upstream cannot print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is installed on this computer, or the print system is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the handouts to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer did not accept the job. It may be switched off, out of paper, or the print system may not be running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can save the handout as a PDF and print it from another computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Upstream — facilitator toolkit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agency profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore session records from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Areas of the app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) loaded</source>
        <translation>
            <numerusform>%n module loaded</numerusform>
            <numerusform>%n modules loaded</numerusform>
        </translation>
    </message>
    <message>
        <source>Unfinished session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session “%1” of %2 was still being presented when Upstream stopped. Log it now? The form is filled in from what had happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup of the session records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record backups (records-*.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Upstream</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upstream %1&lt;/h3&gt;&lt;p&gt;An offline toolkit for people who teach human-trafficking prevention in schools and communities.&lt;/p&gt;&lt;p&gt;Curriculum version %2. Upstream never connects to the internet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModuleTableModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message>
        <source>Say and do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For grades 6–8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackDetailsDialog</name>
    <message>
        <source>Print pack details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;School or site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some handouts in this print pack need details the plan does not have:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type them to add these handouts, or leave them out and make them later on the Handouts screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: the school&apos;s name and the session date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: the school&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• %1: the session date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inutes available:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fa&amp;cilitator&apos;s language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience&apos;s lan&amp;guage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;odules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 (%3 min, core %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written for: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanNotes</name>
    <message>
        <source>Nothing was saved: this plan&apos;s handouts all need the school&apos;s name or the session date. Make them on the Handouts screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: this plan&apos;s modules have no handouts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1. Not in it, because they need the school&apos;s name or the session date: %2. Make them on the Handouts screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the modules to teach; the plan fills the time with their core sections first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The core sections alone need %1 minutes, %2 more than the %3 available. Choose fewer modules (for example %4) or ask for more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The core sections alone need %1 minutes, %2 more than the %3 available. Ask for more time, or plan a shorter module.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 minutes: %3 minutes over. Remove a section or ask for more time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 minutes; ends at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The recommended sequence for %1 is module(s) %2; this plan teaches none of them.</source>
        <translation>
            <numerusform>The recommended sequence for %1 is module %2; this plan does not teach it.</numerusform>
            <numerusform>The recommended sequence for %1 is modules %2; this plan teaches none of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the whole recommended sequence for %1: one session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session %1 of %2 in the recommended sequence for %3 (modules %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions %1 of %2 in the recommended sequence for %3 (modules %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next: module %1, “%2”, in about %n week(s).</source>
        <translation>
            <numerusform>Next: module %1, “%2”, in about a week.</numerusform>
            <numerusform>Next: module %1, “%2”, in about %n weeks.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: module %1, “%2”, in about %n day(s).</source>
        <translation>
            <numerusform>Next: module %1, “%2”, in about a day.</numerusform>
            <numerusform>Next: module %1, “%2”, in about %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ends the sequence. Then a %1-minute booster %2: a review of module %3, “%4”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ends the sequence. Then a %1-minute booster %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A single session: this plan teaches only module %1, and the recommended sequence for %2 teaches module(s) %3 first. One session alone changes little. If this group has had them, go on; if not, plan them first.</source>
        <translation>
            <numerusform>A single session: this plan teaches only module %1, and the recommended sequence for %2 teaches module %3 first. One session alone changes little. If this group has had it, go on; if not, plan it first.</numerusform>
            <numerusform>A single session: this plan teaches only module %1, and the recommended sequence for %2 teaches modules %3 first. One session alone changes little. If this group has had them, go on; if not, plan them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recommended sequence for %1 teaches module(s) %2 before module %3, and this plan leaves them out. If this group has had them, go on; if not, teach them first.</source>
        <translation>
            <numerusform>The recommended sequence for %1 teaches module %2 before module %3, and this plan leaves it out. If this group has had it, go on; if not, teach it first.</numerusform>
            <numerusform>The recommended sequence for %1 teaches modules %2 before module %3, and this plan leaves them out. If this group has had them, go on; if not, teach them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This plan teaches module %1 before module(s) %2, which the recommended sequence puts first: each module builds on the ones before it.</source>
        <translation>
            <numerusform>This plan teaches module %1 before module %2, which the recommended sequence puts first: each module builds on the ones before it.</numerusform>
            <numerusform>This plan teaches module %1 before modules %2, which the recommended sequence puts first: each module builds on the ones before it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan leaves out “%1”, a core section of module %2: the module does not teach what it promises without it. Add it back, or ask for more time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Saved &amp;plans:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;dd section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pr&amp;esent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this plan with notes on this screen and prompts on the projector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the guide as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s sections in order, with timings, notes and questions, in the facilitator&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the print pack as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every handout the plan&apos;s modules use, in the audience&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 (%3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan “%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the plan “%1”? Sessions already logged are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the print pack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Presenting: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session now? You can log it next. Or keep presenting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End and log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is over. Log this session now? The form is filled in from the plan and what happened; add the number of participants.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <source>Keys while presenting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next: Right arrow, Page Down, Space, or a remote&apos;s Forward key
Back: Left arrow, Page Up, or a remote&apos;s Back key
Blank the projector (pause screen): B or .    White screen: W
Show the section again: F5 or Shift+F5
Freeze the projector while you look ahead: F    Light or dark projector: L
Swap the two screens: X    One screen: hold N for your notes
Escape: leave full screen, or blank; it never ends the session
Safety panel: S    Where to get help, on the projector: R
Text size: Ctrl + + and Ctrl + −
End the session and log it: Ctrl+E
These keys: F1 or ?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsExchange</name>
    <message>
        <source>Export the session records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream records (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some adult trainings have a sign-in list with names and emails. Include those names in the file? Choose No unless the person receiving it needs them for certificates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>%n session written to %1.</numerusform>
            <numerusform>%n sessions written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import session records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merging the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 was changed on both laptops; the other laptop&apos;s change (%2) was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site %1 was changed on both laptops; this laptop&apos;s change (%2) was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 was changed on both laptops; the other laptop&apos;s change (%2) was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session of %1 was changed on both laptops; this laptop&apos;s change (%2) was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordsGuard</name>
    <message>
        <source>Restore session records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session records cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session records checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leftover file beside the session records (%1) did not belong to them, so Upstream did not use it: your records are as they were saved. The leftover file is kept, with a copy of the records it was found beside, as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session records are missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no records file at %1, but there are backups. Restore the newest good backup (made %2), or start with no records?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with no records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the session records with the backup %1? A copy of the current records file is kept beside it, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upstream is still busy with the session records (a backup or an import). Nothing was changed. Try again in a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file was made by a newer version of Upstream, so this version does not change it. Update Upstream on this laptop to use it.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The records file is damaged or is not an Upstream records file. Upstream has not changed it.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)? The file that cannot be used is kept beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup to restore. Sessions cannot be logged until the file is repaired or moved away.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>This school year (July to June)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This federal fiscal year (October to September)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last federal fiscal year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This federal quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last federal quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This half-year (January to June, or July to December)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last half-year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This RPE year (August to July)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last RPE year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last calendar year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of saved file&amp;s:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as spreadsheet (&amp;XLSX)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report with its charts, ready to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every table, one under the other, for any spreadsheet program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a “To” date on or after the “From” date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was counted in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions were logged in this period. Choose other dates, or log sessions in the Sessions area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RosterTable</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunOfShowTable</name>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <source>If someone tells you about harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whatever their age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they are under 18: you must report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they are 18 or older: they decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stays confidential, and its limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines and local resources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>One screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This laptop sees one screen. If a projector is connected, it is probably showing a copy of the laptop&apos;s screen, so the class would see your notes and the safety panel.

To show notes on the laptop and prompts on the projector, set the projector to Extend: press Windows+P on Windows, or open the Displays settings on macOS and Linux, then start again.

Or choose: the audience view alone, full screen (your notes show only while you hold N, and the printed guide and safety card have the rest), or a rehearsal with the notes alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience view only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rehearse with notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionsTable</name>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Log a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;art time (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many &amp;took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deli&amp;very</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Referrals made (a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes (no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A number, e.g. 28</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 10:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the answers to the selected question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School or organization name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minutes from the modules</source>
        <translation>
            <numerusform>%n minute from the modules</numerusform>
            <numerusform>%n minutes from the modules</numerusform>
        </translation>
    </message>
    <message>
        <source>Names are used only for certificates and can be purged later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” may be a person&apos;s name. Youth sessions keep no names: if it is one, take it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey counts: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Youth sessions keep numbers only, never names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;w site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breakdowns (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roster (adult trainings)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cou&amp;nty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a &amp;session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove n&amp;ames…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;tes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Im&amp;port records…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this laptop&apos;s session records to one file for a coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merge records files from other laptops into this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the names of an adult training&apos;s participants for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n session shown</numerusform>
            <numerusform>%n sessions shown</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the names of this training&apos;s participants for good? The session and its counts stay. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionsTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>County</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TalliesTable</name>
    <message>
        <source>Survey item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <source>Section: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session: %1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left in the session</source>
        <translation>
            <numerusform>%n minute left in the session</numerusform>
            <numerusform>%n minutes left in the session</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>UiLabels</name>
    <message>
        <source>Grades 6–8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grades 9–12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parents and caregivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Educators and professionals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community and worker groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job-offer red flags checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workers&apos; rights card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource cards (where to get help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter to parents and caregivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre/post survey, youth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre/post survey, adults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre/post survey, parents and caregivers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre/post survey, school staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre/post survey, workers and community groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-back survey (before and now, at the end)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Survey answer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in sheet (adult trainings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tally sheet (counts only, no names)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety card: if someone tells you about harm (for you)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>School</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workplace or farm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 min (core %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Fits in %n minutes</source>
        <translation>
            <numerusform>Fits in %n minute</numerusform>
            <numerusform>Fits in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WarningFields</name>
    <message>
        <source>&amp;Amber at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;d at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
