<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The curriculum files have errors, so Upstream cannot open them. Nothing was changed. Reinstalling Upstream restores the original files.</source>
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
</TS>
