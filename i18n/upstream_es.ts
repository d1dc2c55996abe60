<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>CurriculumPage</name>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Type a word in English or Spanish</source>
        <translation>Escriba una palabra en inglés o en español</translation>
    </message>
    <message>
        <source>Search all modules</source>
        <translation>Buscar en todos los módulos</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Público</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Tiempo</translation>
    </message>
    <message>
        <source>&amp;Content language</source>
        <translation>Idioma del &amp;contenido</translation>
    </message>
    <message>
        <source>The language modules and guides are shown in; it can differ from the interface language.</source>
        <translation>El idioma en que se muestran los módulos y las guías; puede ser distinto del idioma de la interfaz.</translation>
    </message>
    <message>
        <source>All audiences</source>
        <translation>Todos los públicos</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Cualquier duración</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>No module matches these filters. Choose “All audiences” or “Any length” to see more.</source>
        <translation>Ningún módulo coincide con estos filtros. Elija «Todos los públicos» o «Cualquier duración» para ver más.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>No matches. Try fewer words, or check the filters.</source>
        <translation>No hay resultados. Pruebe con menos palabras o revise los filtros.</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
    </message>
    <message>
        <source>The curriculum files have errors, so Upstream cannot open them. Nothing was changed. Reinstalling Upstream restores the original files.</source>
        <translation>Los archivos del currículo tienen errores y Upstream no puede abrirlos. No se modificó nada. Si vuelve a instalar Upstream, se restauran los archivos originales.</translation>
    </message>
    <message>
        <source>Upstream ran into a problem it did not expect. Your work so far is kept, and you can go on using the app.</source>
        <translation>Upstream encontró un problema inesperado. Lo que ha hecho hasta ahora se conserva y puede seguir usando la aplicación.</translation>
    </message>
    <message>
        <source>What happened: %1

The details are saved in the log file:
%2</source>
        <translation>Qué pasó: %1

Los detalles se guardaron en el archivo de registro:
%2</translation>
    </message>
</context>
<context>
    <name>GuideReader</name>
    <message>
        <source>Sect&amp;ions</source>
        <translation>&amp;Secciones</translation>
    </message>
    <message>
        <source>Sections of the module, with their timing</source>
        <translation>Secciones del módulo, con sus tiempos</translation>
    </message>
    <message>
        <source>Facilitator guide</source>
        <translation>Guía para quien facilita</translation>
    </message>
    <message>
        <source>Choose a module to read its facilitator guide.</source>
        <translation>Elija un módulo para leer su guía.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Upstream — facilitator toolkit</source>
        <translation>Upstream: herramientas para facilitar</translation>
    </message>
    <message>
        <source>Curriculum</source>
        <translation>Currículo</translation>
    </message>
    <message>
        <source>Areas of the app</source>
        <translation>Áreas de la aplicación</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>Tamaño de texto normal</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Idioma de la interfaz</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Abrir la carpeta de registros</translation>
    </message>
    <message>
        <source>&amp;About Upstream</source>
        <translation>&amp;Acerca de Upstream</translation>
    </message>
    <message numerus="yes">
        <source>%n module(s) loaded</source>
        <translation>
            <numerusform>%n módulo cargado</numerusform>
            <numerusform>%n módulos cargados</numerusform>
        </translation>
    </message>
    <message>
        <source>About Upstream</source>
        <translation>Acerca de Upstream</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Upstream %1&lt;/h3&gt;&lt;p&gt;An offline toolkit for people who teach human-trafficking prevention in schools and communities.&lt;/p&gt;&lt;p&gt;Curriculum version %2. Upstream never connects to the internet.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Upstream %1&lt;/h3&gt;&lt;p&gt;Herramientas sin conexión para quienes enseñan prevención de la trata de personas en escuelas y comunidades.&lt;/p&gt;&lt;p&gt;Versión del currículo: %2. Upstream nunca se conecta a internet.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModuleTableModel</name>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>UiLabels</name>
    <message>
        <source>Grades 6–8</source>
        <translation>Grados 6.º a 8.º</translation>
    </message>
    <message>
        <source>Grades 9–12</source>
        <translation>Grados 9.º a 12.º</translation>
    </message>
    <message>
        <source>Adults</source>
        <translation>Personas adultas</translation>
    </message>
    <message>
        <source>Parents and caregivers</source>
        <translation>Madres, padres y cuidadores</translation>
    </message>
    <message>
        <source>Educators and professionals</source>
        <translation>Personal educativo y profesionales</translation>
    </message>
    <message>
        <source>Community and worker groups</source>
        <translation>Grupos comunitarios y de trabajadores</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitadores</translation>
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
        <translation>%1 min (esencial: %2)</translation>
    </message>
    <message numerus="yes">
        <source>Fits in %n minutes</source>
        <translation>
            <numerusform>Cabe en %n minuto</numerusform>
            <numerusform>Cabe en %n minutos</numerusform>
        </translation>
    </message>
</context>
</TS>
