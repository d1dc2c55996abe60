<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AgencyDialog</name>
    <message>
        <source>Agency profile</source>
        <translation>Perfil de la agencia</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Website</source>
        <translation>Sitio &amp;web</translation>
    </message>
    <message>
        <source>&amp;Logo</source>
        <translation>&amp;Logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Choose the agency&apos;s logo</source>
        <translation>Elija el logotipo de la agencia</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
</context>
<context>
    <name>AnswerCountsDialog</name>
    <message>
        <source>Answer counts</source>
        <translation>Conteo de respuestas</translation>
    </message>
    <message>
        <source>How many marked each answer. Answered and right are worked out from these counts.</source>
        <translation>Cuántas personas marcaron cada respuesta. Las columnas «Contestaron» y «Correctas» se calculan a partir de estos conteos.</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
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
    <name>DetailLabels</name>
    <message>
        <source>As written</source>
        <translation>Como está escrita</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Adaptada</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>No se dio</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Grado</translation>
    </message>
    <message>
        <source>Gender</source>
        <translation>Género</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Race or ethnicity</source>
        <translation>Raza o etnia</translation>
    </message>
    <message>
        <source>Main language</source>
        <translation>Idioma principal</translation>
    </message>
    <message>
        <source>Girls/women</source>
        <translation>Niñas/mujeres</translation>
    </message>
    <message>
        <source>Boys/men</source>
        <translation>Niños/hombres</translation>
    </message>
    <message>
        <source>Nonbinary</source>
        <translation>No binario</translation>
    </message>
    <message>
        <source>Another identity</source>
        <translation>Otra identidad</translation>
    </message>
    <message>
        <source>Prefer not to say</source>
        <translation>Prefiere no decirlo</translation>
    </message>
    <message>
        <source>Under 12</source>
        <translation>Menos de 12</translation>
    </message>
    <message>
        <source>65 and over</source>
        <translation>65 o más</translation>
    </message>
    <message>
        <source>American Indian or Alaska Native</source>
        <translation>Indígena de las Américas o nativo de Alaska</translation>
    </message>
    <message>
        <source>Asian</source>
        <translation>Asiático</translation>
    </message>
    <message>
        <source>Black or African American</source>
        <translation>Negro o afroamericano</translation>
    </message>
    <message>
        <source>Hispanic or Latino</source>
        <translation>Hispano o latino</translation>
    </message>
    <message>
        <source>Native Hawaiian or Pacific Islander</source>
        <translation>Nativo de Hawái o de las islas del Pacífico</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Blanco</translation>
    </message>
    <message>
        <source>More than one race</source>
        <translation>Más de una raza</translation>
    </message>
    <message>
        <source>Another</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Inglés</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>Español</translation>
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
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <source>The agency profile cannot be used: %1:%2: uses a YAML anchor or alias (&amp; or *), which this file may not use. Fill it in again under File &gt; Agency profile…</source>
        <translation>No se puede usar el perfil de la agencia: %1:%2: tiene un ancla o un alias de YAML (&amp; o *), y este archivo no puede tenerlos. Vuelva a llenarlo en Archivo &gt; Perfil de la agencia…</translation>
    </message>
    <message>
        <source>The agency profile cannot be used: %1:%2: this line cannot be read. Fix it under File &gt; Agency profile…</source>
        <translation>No se puede usar el perfil de la agencia: %1:%2: esta línea no se puede leer. Corríjalo en Archivo &gt; Perfil de la agencia…</translation>
    </message>
    <message>
        <source>The local helplines file %1 has a problem on line %2, so handouts are not made until it is fixed. The command “facilitator helplines” lists every problem.</source>
        <translation>El archivo de líneas de ayuda locales %1 tiene un problema en la línea %2, así que no se preparan materiales hasta que se corrija. El comando «facilitator helplines» muestra todos los problemas.</translation>
    </message>
    <message>
        <source>The file cannot be read. Check that it is still on the drive and try again. Nothing was changed.</source>
        <translation>No se puede leer el archivo. Compruebe que sigue en la memoria o el disco e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
        <source>This is not a records file exported by Upstream, or it is damaged. Nothing was changed.</source>
        <translation>Este no es un archivo de registros exportado por Upstream, o está dañado. No se cambió nada.</translation>
    </message>
    <message>
        <source>This file was made by a newer version of Upstream. Nothing was changed. Update Upstream on this laptop first.</source>
        <translation>Este archivo lo creó una versión más reciente de Upstream. No se cambió nada. Actualice primero Upstream en esta computadora.</translation>
    </message>
    <message>
        <source>This file was changed after it was exported, so it cannot be trusted. Nothing was changed. Ask for a new export.</source>
        <translation>Este archivo se modificó después de exportarlo, así que no es confiable. No se cambió nada. Pida que lo exporten de nuevo.</translation>
    </message>
    <message>
        <source>This is a folder, a device or a pipe, not a records file. Nothing was changed. Choose the file that was exported.</source>
        <translation>Esto es una carpeta, un dispositivo o una tubería, no un archivo de registros. No se cambió nada. Elija el archivo que se exportó.</translation>
    </message>
    <message>
        <source>This file is larger than %1 MB, more than any records file. Nothing was changed.</source>
        <translation>Este archivo pesa más de %1 MB, más que cualquier archivo de registros. No se cambió nada.</translation>
    </message>
    <message>
        <source>Site number %1 in the file, field “%2”: %3 Nothing was changed.</source>
        <translation>Lugar número %1 del archivo, campo «%2»: %3 No se cambió nada.</translation>
    </message>
    <message>
        <source>Session number %1 in the file, field “%2”: %3 Nothing was changed.</source>
        <translation>Sesión número %1 del archivo, campo «%2»: %3 No se cambió nada.</translation>
    </message>
    <message>
        <source>Site number %1 in the file is not as Upstream writes it. Nothing was changed.</source>
        <translation>El lugar número %1 del archivo no está como lo escribe Upstream. No se cambió nada.</translation>
    </message>
    <message>
        <source>Session number %1 in the file is not as Upstream writes it. Nothing was changed.</source>
        <translation>La sesión número %1 del archivo no está como la escribe Upstream. No se cambió nada.</translation>
    </message>
    <message>
        <source>The file is not as Upstream writes it. Nothing was changed.</source>
        <translation>El archivo no está como lo escribe Upstream. No se cambió nada.</translation>
    </message>
    <message>
        <source>The import was stopped. Nothing was changed.</source>
        <translation>Se detuvo la importación. No se cambió nada.</translation>
    </message>
    <message>
        <source>The logo file %1 does not exist. Choose the file again, or remove the logo.</source>
        <translation>El archivo del logotipo %1 no existe. Vuelva a elegir el archivo o quite el logotipo.</translation>
    </message>
    <message>
        <source>The logo file %1 is not an image. Use a PNG or JPEG file.</source>
        <translation>El archivo del logotipo %1 no es una imagen. Use un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>The logo file %1 is %2 MB; a logo may be at most %3 MB. Use a smaller copy of the image.</source>
        <translation>El archivo del logotipo %1 pesa %2 MB, y un logotipo puede pesar como máximo %3 MB. Use una copia más pequeña de la imagen.</translation>
    </message>
    <message>
        <source>The logo file %1 is %2 x %3 pixels; a logo may be at most %4 pixels a side. Use a smaller copy of the image.</source>
        <translation>El archivo del logotipo %1 mide %2 x %3 píxeles, y un logotipo puede medir como máximo %4 píxeles por lado. Use una copia más pequeña de la imagen.</translation>
    </message>
    <message>
        <source>The saved agency profile %1 cannot be used: line %2 has a YAML anchor or alias (&amp; or *), which this file may not have. Fill in the form and save it to replace the file.</source>
        <translation>No se puede usar el perfil de la agencia guardado en %1: la línea %2 tiene un ancla o un alias de YAML (&amp; o *), y este archivo no puede tenerlos. Llene el formulario y guárdelo para reemplazar el archivo.</translation>
    </message>
    <message>
        <source>The saved agency profile %1 cannot be read (line %2). Fill in the form and save it to replace the file.</source>
        <translation>No se puede leer el perfil de la agencia guardado en %1 (línea %2). Llene el formulario y guárdelo para reemplazar el archivo.</translation>
    </message>
    <message>
        <source>The curriculum files have errors (the first in %1, line %2), so Upstream cannot open them. Nothing was changed. Reinstalling Upstream restores the original files.</source>
        <translation>Los archivos del currículo tienen errores (el primero en %1, línea %2) y Upstream no puede abrirlos. No se modificó nada. Si vuelve a instalar Upstream, se restauran los archivos originales.</translation>
    </message>
    <message>
        <source>The file or the printer could not be opened, so nothing was made.</source>
        <translation>No se pudo abrir el archivo o la impresora, así que no se preparó nada.</translation>
    </message>
    <message>
        <source>Stopped. Nothing was made.</source>
        <translation>Se detuvo. No se preparó nada.</translation>
    </message>
    <message>
        <source>This is needed.</source>
        <translation>Falta este dato.</translation>
    </message>
    <message>
        <source>“%1” is not a whole number.</source>
        <translation>«%1» no es un número entero.</translation>
    </message>
    <message>
        <source>Use 0 or more, not %1.</source>
        <translation>Use 0 o más, no %1.</translation>
    </message>
    <message>
        <source>“%1” is listed twice.</source>
        <translation>«%1» aparece dos veces.</translation>
    </message>
    <message>
        <source>%1 is more than %2, the most this field takes.</source>
        <translation>%1 es más que %2, el máximo que admite este campo.</translation>
    </message>
    <message>
        <source>“%1” is not a date.</source>
        <translation>«%1» no es una fecha.</translation>
    </message>
    <message>
        <source>%1 is more than a month from today.</source>
        <translation>%1 es más de un mes después de hoy.</translation>
    </message>
    <message>
        <source>There is no module “%1”.</source>
        <translation>No existe el módulo «%1».</translation>
    </message>
    <message>
        <source>Tick at least one module.</source>
        <translation>Marque al menos un módulo.</translation>
    </message>
    <message>
        <source>These add up to %1, more than the %2 who took part.</source>
        <translation>Estos suman %1, más que las %2 personas que participaron.</translation>
    </message>
    <message>
        <source>Youth sessions keep numbers only, never names.</source>
        <translation>En las sesiones con jóvenes solo se guardan números, nunca nombres.</translation>
    </message>
    <message>
        <source>“%1” is not one of the choices.</source>
        <translation>«%1» no es una de las opciones.</translation>
    </message>
    <message>
        <source>More correct answers than people who answered.</source>
        <translation>Hay más respuestas correctas que personas que contestaron.</translation>
    </message>
    <message>
        <source>“%1” is not a time like 10:30.</source>
        <translation>«%1» no es una hora como 10:30.</translation>
    </message>
    <message>
        <source>Type how many answered, too.</source>
        <translation>Escriba también cuántas personas contestaron.</translation>
    </message>
    <message>
        <source>The answer counts add up to %1, more than the %2 who answered.</source>
        <translation>Los conteos de respuestas suman %1, más que las %2 personas que contestaron.</translation>
    </message>
    <message>
        <source>“%1” is not text.</source>
        <translation>«%1» no es texto.</translation>
    </message>
    <message>
        <source>This is %1 characters long; it can be at most %2.</source>
        <translation>Tiene %1 caracteres; puede tener como máximo %2.</translation>
    </message>
    <message>
        <source>This holds characters that are not text.</source>
        <translation>Contiene caracteres que no son texto.</translation>
    </message>
    <message>
        <source>“%1” looks like a phone number. Records keep no way to reach a person: leave it out.</source>
        <translation>«%1» parece un número de teléfono. Los registros no guardan ninguna forma de contactar a una persona: no lo incluya.</translation>
    </message>
    <message>
        <source>“%1” looks like an email address. Records keep no way to reach a person: leave it out.</source>
        <translation>«%1» parece una dirección de correo electrónico. Los registros no guardan ninguna forma de contactar a una persona: no la incluya.</translation>
    </message>
    <message>
        <source>“%1” is not a date and time.</source>
        <translation>«%1» no es una fecha y hora.</translation>
    </message>
    <message>
        <source>“%1” is not a device id.</source>
        <translation>«%1» no es un identificador de dispositivo.</translation>
    </message>
    <message>
        <source>The record&apos;s edit counts are not as Upstream writes them.</source>
        <translation>Los conteos de cambios del registro no están como los escribe Upstream.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a records file. Move it away or rename it, then try again.</source>
        <translation>%1 es una carpeta, no un archivo de registros. Muévala a otro lugar o cámbiele el nombre y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is not an ordinary file (a pipe or a device), so Upstream does not read it. Move it away, then try again.</source>
        <translation>%1 no es un archivo común (es una tubería o un dispositivo), así que Upstream no lo lee. Muévalo a otro lugar y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Upstream is not allowed to read %1. Give your user account permission to read and write it, then try again.</source>
        <translation>Upstream no tiene permiso para leer %1. Dé a su cuenta de usuario permiso para leerlo y modificarlo, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1, or its folder, is read-only, so nothing could be saved. Nothing was changed. Make it writable (or copy the folder somewhere writable), then try again.</source>
        <translation>%1, o su carpeta, es de solo lectura, así que no se pudo guardar nada. No se cambió nada. Permita modificarlo (o copie la carpeta a un lugar donde se pueda escribir) y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The disk that holds %1 is full, so nothing was saved. Free some space, then try again.</source>
        <translation>El disco donde está %1 está lleno, así que no se guardó nada. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Another program (perhaps Upstream in another window) has %1 open. Close it, then try again. Nothing was changed.</source>
        <translation>Otro programa (quizás Upstream en otra ventana) tiene abierto %1. Ciérrelo y vuelva a intentarlo. No se cambió nada.</translation>
    </message>
    <message>
        <source>That file is not there any more. Nothing was changed.</source>
        <translation>Ese archivo ya no está. No se cambió nada.</translation>
    </message>
    <message>
        <source>Another program put a different records file in place of %1 (a restore), so nothing was saved. Close Upstream and open it again to see the records now in place.</source>
        <translation>Otro programa puso un archivo de registros distinto en lugar de %1 (una restauración), así que no se guardó nada. Cierre Upstream y vuelva a abrirlo para ver los registros que hay ahora.</translation>
    </message>
    <message>
        <source>%1 is damaged or is not an Upstream records file, so it cannot be used. Nothing was changed.</source>
        <translation>%1 está dañado o no es un archivo de registros de Upstream, así que no se puede usar. No se cambió nada.</translation>
    </message>
    <message>
        <source>%1 was made by a newer version of Upstream, so this version does not change it. Update Upstream on this laptop to use it.</source>
        <translation>%1 lo creó una versión más nueva de Upstream, así que esta versión no lo modifica. Actualice Upstream en esta computadora para usarlo.</translation>
    </message>
    <message>
        <source>The handout template %1 has a mistake on line %2, so this handout cannot be made. Fix the template, or take it out of the templates folder to use Upstream&apos;s own.</source>
        <translation>La plantilla de materiales %1 tiene un error en la línea %2, así que no se puede preparar este material. Corrija la plantilla o sáquela de la carpeta de plantillas para usar la de Upstream.</translation>
    </message>
    <message>
        <source>There is no handout “%1”.</source>
        <translation>No existe el material «%1».</translation>
    </message>
    <message>
        <source>Handouts have no wording in the language “%1”.</source>
        <translation>Los materiales no tienen texto en el idioma «%1».</translation>
    </message>
    <message>
        <source>Choose at least one language for the handout.</source>
        <translation>Elija al menos un idioma para el material.</translation>
    </message>
    <message>
        <source>This handout is not available in the language “%1”.</source>
        <translation>Este material no está disponible en el idioma «%1».</translation>
    </message>
    <message>
        <source>“%1” is not a way to set out two languages.</source>
        <translation>«%1» no es una forma de presentar dos idiomas.</translation>
    </message>
    <message>
        <source>“%1” is not a paper size Upstream prints on: choose Letter or A4.</source>
        <translation>«%1» no es un tamaño de papel en el que Upstream imprima: elija Carta (EE. UU.) o A4.</translation>
    </message>
    <message>
        <source>Tick one module for this handout.</source>
        <translation>Marque un módulo para este material.</translation>
    </message>
    <message>
        <source>Tick the module or modules this handout is for.</source>
        <translation>Marque el módulo o los módulos para este material.</translation>
    </message>
    <message>
        <source>Type the school&apos;s name for the letter.</source>
        <translation>Escriba el nombre de la escuela para la carta.</translation>
    </message>
    <message>
        <source>Choose the session date for this handout.</source>
        <translation>Elija la fecha de la sesión para este material.</translation>
    </message>
    <message>
        <source>“%1” is not a consent rule: choose opt-out or opt-in.</source>
        <translation>«%1» no es una regla de consentimiento: elija opt-out u opt-in.</translation>
    </message>
    <message>
        <source>The slip&apos;s return-by date must be at least a week before the session, so the school can act on it: choose %1 or earlier.</source>
        <translation>El talón debe entregarse al menos una semana antes de la sesión, para que la escuela pueda tenerlo en cuenta: elija el %1 o una fecha anterior.</translation>
    </message>
    <message>
        <source>The curriculum has no survey, so survey handouts cannot be made.</source>
        <translation>El currículo no tiene encuesta, así que no se pueden preparar los materiales de encuesta.</translation>
    </message>
    <message>
        <source>On line %2, the handout template %1 does something templates may not do, or takes too long, so this handout cannot be made. Fix the template, or take it out of the templates folder to use Upstream&apos;s own.</source>
        <translation>En la línea %2, la plantilla de materiales %1 hace algo que las plantillas no pueden hacer, o tarda demasiado, así que no se puede preparar este material. Corrija la plantilla o sáquela de la carpeta de plantillas para usar la de Upstream.</translation>
    </message>
    <message>
        <source>The handout template %1 makes far more text than any handout, so this handout cannot be made. Fix the template, or take it out of the templates folder to use Upstream&apos;s own.</source>
        <translation>La plantilla de materiales %1 produce muchísimo más texto que cualquier material, así que no se puede preparar este material. Corrija la plantilla o sáquela de la carpeta de plantillas para usar la de Upstream.</translation>
    </message>
    <message>
        <source>The handout template %1 does not give each language the same blocks, so they cannot be set side by side. Choose one language after the other.</source>
        <translation>La plantilla de materiales %1 no da los mismos bloques a cada idioma, así que no se pueden poner uno al lado del otro. Elija un idioma después del otro.</translation>
    </message>
    <message>
        <source>Upstream is not allowed to use this file or folder.</source>
        <translation>Upstream no tiene permiso para usar este archivo o carpeta.</translation>
    </message>
    <message>
        <source>The disk is full.</source>
        <translation>El disco está lleno.</translation>
    </message>
    <message>
        <source>The disk or folder is read-only.</source>
        <translation>El disco o la carpeta es de solo lectura.</translation>
    </message>
    <message>
        <source>The file or its folder does not exist.</source>
        <translation>El archivo o su carpeta no existe.</translation>
    </message>
    <message>
        <source>That is a folder, not a file.</source>
        <translation>Eso es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>The file name is too long.</source>
        <translation>El nombre del archivo es demasiado largo.</translation>
    </message>
    <message>
        <source>Upstream could not finish this. The details, in English: %1</source>
        <translation>Upstream no pudo terminar esto. Los detalles, en inglés: %1</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Algo salió mal</translation>
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
    <message>
        <source>Not done</source>
        <translation>No se hizo</translation>
    </message>
</context>
<context>
    <name>FacilitatorWindow</name>
    <message>
        <source>◀ Back</source>
        <translation>◀ Atrás</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Siguiente ▶</translation>
    </message>
    <message>
        <source>Pause screen (B)</source>
        <translation>Pantalla en pausa (B)</translation>
    </message>
    <message>
        <source>Safety (S)</source>
        <translation>Seguridad (S)</translation>
    </message>
    <message>
        <source>Resources (R)</source>
        <translation>Recursos (R)</translation>
    </message>
    <message>
        <source>End session (Ctrl+E)</source>
        <translation>Terminar la sesión (Ctrl+E)</translation>
    </message>
    <message>
        <source>Rehearsal: nothing is shown to a class. Connect the projector and set it to Extend to present.</source>
        <translation>Ensayo: no se le muestra nada al grupo. Para presentar, conecte el proyector y póngalo en Extender.</translation>
    </message>
    <message>
        <source>Previous section (Left arrow or Page Up)</source>
        <translation>Sección anterior (flecha izquierda o Re Pág)</translation>
    </message>
    <message>
        <source>Next section (Right arrow, Page Down or Space)</source>
        <translation>Sección siguiente (flecha derecha, Av Pág o barra espaciadora)</translation>
    </message>
    <message>
        <source>Section %1 of %2 · %3</source>
        <translation>Sección %1 de %2 · %3</translation>
    </message>
    <message>
        <source>Next: the end of the session. Thank the group and hand out the resource cards.</source>
        <translation>Después: el cierre de la sesión. Agradezca al grupo y reparta las tarjetas de recursos.</translation>
    </message>
    <message>
        <source>Next: %1 (%2 min)</source>
        <translation>Después: %1 (%2 min)</translation>
    </message>
    <message>
        <source>Projector: pause screen</source>
        <translation>Proyector: pantalla en pausa</translation>
    </message>
    <message>
        <source>Projector: where to get help</source>
        <translation>Proyector: dónde conseguir ayuda</translation>
    </message>
    <message>
        <source>Projector: this section&apos;s prompt</source>
        <translation>Proyector: la consigna de esta sección</translation>
    </message>
    <message>
        <source>Projector: white screen</source>
        <translation>Proyector: pantalla blanca</translation>
    </message>
    <message>
        <source>Projector frozen (F to show this section)</source>
        <translation>Proyector congelado (F para mostrar esta sección)</translation>
    </message>
    <message>
        <source>Projector page %1 of %2</source>
        <translation>Proyector: página %1 de %2</translation>
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
    <name>HandoutChoices</name>
    <message>
        <source>Hand&amp;out</source>
        <translation>&amp;Material</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>Mó&amp;dulos</translation>
    </message>
    <message>
        <source>&amp;Who reads it</source>
        <translation>¿Quién lo &amp;lee?</translation>
    </message>
    <message>
        <source>Lan&amp;guages</source>
        <translation>Idi&amp;omas</translation>
    </message>
    <message>
        <source>&amp;School or site</source>
        <translation>&amp;Escuela o lugar</translation>
    </message>
    <message>
        <source>Session &amp;date</source>
        <translation>&amp;Fecha de la sesión</translation>
    </message>
    <message>
        <source>Return slip &amp;by</source>
        <translation>Entregar el talón a más &amp;tardar</translation>
    </message>
    <message>
        <source>Parents&apos; &amp;consent</source>
        <translation>&amp;Consentimiento de las familias</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>&amp;Papel</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Participa salvo aviso (opt-out)</translation>
    </message>
    <message>
        <source>Opt-in</source>
        <translation>Con permiso firmado (opt-in)</translation>
    </message>
    <message>
        <source>Your school board&apos;s rule for this lesson; the letter and its slip follow it.</source>
        <translation>La regla de la junta escolar para esta sesión; la carta y el talón se ajustan a ella.</translation>
    </message>
    <message>
        <source>The day the slip must be back at school: at least a week before the session, so the school can act on it.</source>
        <translation>El día en que el talón debe estar de vuelta en la escuela: al menos una semana antes de la sesión, para que la escuela pueda tenerlo en cuenta.</translation>
    </message>
    <message>
        <source>Print pack: everything the modules use</source>
        <translation>Paquete completo: todo lo que usan los módulos</translation>
    </message>
    <message>
        <source>As the modules suggest</source>
        <translation>Según los módulos</translation>
    </message>
    <message>
        <source>Young people read Spanish handouts in &quot;tú&quot; and get the youth survey; adults read &quot;usted&quot; and get their own survey.</source>
        <translation>Los materiales en español tratan de &quot;tú&quot; a la gente joven y le dan la encuesta para jóvenes; a las personas adultas las tratan de &quot;usted&quot; y les dan su propia encuesta.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Needed for the parent letter</source>
        <translation>Hace falta para la carta a las familias</translation>
    </message>
    <message>
        <source>Modules the handout is for</source>
        <translation>Módulos para los que es el material</translation>
    </message>
    <message>
        <source>%1 (not yet reviewed by a native speaker)</source>
        <translation>%1 (todavía sin revisar por una persona hablante nativa)</translation>
    </message>
    <message>
        <source>English and Spanish, side by side</source>
        <translation>Inglés y español, lado a lado</translation>
    </message>
    <message>
        <source>English, then Spanish</source>
        <translation>Inglés y después español</translation>
    </message>
    <message>
        <source>Families return the slip only if the child will NOT take part.</source>
        <translation>Las familias devuelven el talón solo si su hija o su hijo NO va a participar.</translation>
    </message>
    <message>
        <source>A child takes part only if the family returns a signed slip.</source>
        <translation>Una niña o un niño participa solo si su familia devuelve el talón firmado.</translation>
    </message>
    <message>
        <source>The slip&apos;s return-by date must be at least a week before the session, so the school can act on it: choose %1 or earlier.</source>
        <translation>El talón debe entregarse al menos una semana antes de la sesión, para que la escuela pueda tenerlo en cuenta: elija el %1 o una fecha anterior.</translation>
    </message>
    <message>
        <source>Tick one module for this handout.</source>
        <translation>Marque un módulo para este material.</translation>
    </message>
    <message>
        <source>Tick the module or modules this handout is for.</source>
        <translation>Marque el módulo o los módulos para este material.</translation>
    </message>
    <message>
        <source>Type the school&apos;s name for the letter.</source>
        <translation>Escriba el nombre de la escuela para la carta.</translation>
    </message>
    <message>
        <source>Choose the session date.</source>
        <translation>Elija la fecha de la sesión.</translation>
    </message>
</context>
<context>
    <name>HandoutsPage</name>
    <message>
        <source>&amp;Print…</source>
        <translation>Imp&amp;rimir…</translation>
    </message>
    <message>
        <source>Sav&amp;e as PDF…</source>
        <translation>&amp;Guardar como PDF…</translation>
    </message>
    <message>
        <source>Preview of the handout</source>
        <translation>Vista previa del material</translation>
    </message>
    <message>
        <source>This translation has not been reviewed by a native speaker yet.</source>
        <translation>Esta traducción todavía no la ha revisado una persona hablante nativa.</translation>
    </message>
    <message>
        <source>Preparing the handouts…</source>
        <translation>Preparando los materiales…</translation>
    </message>
    <message>
        <source>Save the handout as PDF</source>
        <translation>Guardar el material como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No se guardó</translation>
    </message>
    <message>
        <source>The PDF could not be saved to %1: %2</source>
        <translation>No se pudo guardar el PDF en %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>There is no printing service on this computer (CUPS is not running), so Upstream cannot print.</source>
        <translation>Esta computadora no tiene un servicio de impresión en marcha (CUPS no está funcionando), así que Upstream no puede imprimir.</translation>
    </message>
    <message>
        <source>No printer is installed on this computer, or the print system is not running.</source>
        <translation>Esta computadora no tiene ninguna impresora instalada, o el sistema de impresión no está funcionando.</translation>
    </message>
    <message>
        <source>Sending the handouts to the printer…</source>
        <translation>Enviando los materiales a la impresora…</translation>
    </message>
    <message>
        <source>The printer did not accept the job. It may be switched off, out of paper, or the print system may not be running.</source>
        <translation>La impresora no aceptó el trabajo. Puede estar apagada o sin papel, o puede que el sistema de impresión no esté funcionando.</translation>
    </message>
    <message>
        <source>Sent to %1.</source>
        <translation>Enviado a %1.</translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>You can save the handout as a PDF and print it from another computer.</source>
        <translation>Puede guardar el material como PDF e imprimirlo desde otra computadora.</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
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
        <source>Handouts</source>
        <translation>Materiales</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>&amp;Agency profile…</source>
        <translation>Perfil de la &amp;agencia…</translation>
    </message>
    <message>
        <source>&amp;Restore session records from a backup…</source>
        <translation>&amp;Restaurar los registros de sesiones desde una copia…</translation>
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
        <source>Unfinished session</source>
        <translation>Sesión sin terminar</translation>
    </message>
    <message>
        <source>The session “%1” of %2 was still being presented when Upstream stopped. Log it now? The form is filled in from what had happened.</source>
        <translation>La sesión «%1» del %2 seguía en presentación cuando Upstream se cerró. ¿La registra ahora? El formulario viene lleno con lo que había pasado.</translation>
    </message>
    <message>
        <source>Choose a backup of the session records</source>
        <translation>Elija una copia de seguridad de los registros de sesiones</translation>
    </message>
    <message>
        <source>Record backups (records-*.db)</source>
        <translation>Copias de los registros (records-*.db)</translation>
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
    <name>NotesView</name>
    <message>
        <source>Say and do</source>
        <translation>Qué decir y hacer</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>For grades 6–8</source>
        <translation>Para 6.º a 8.º grado</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Pregunte</translation>
    </message>
    <message>
        <source>Respond:</source>
        <translation>Cómo responder:</translation>
    </message>
    <message>
        <source>Listen for</source>
        <translation>Preste atención a</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Reflexión final</translation>
    </message>
</context>
<context>
    <name>PackDetailsDialog</name>
    <message>
        <source>Print pack details</source>
        <translation>Datos para imprimir los materiales</translation>
    </message>
    <message>
        <source>&amp;School or site:</source>
        <translation>&amp;Escuela o lugar:</translation>
    </message>
    <message>
        <source>Session &amp;date:</source>
        <translation>&amp;Fecha de la sesión:</translation>
    </message>
    <message>
        <source>Some handouts in this print pack need details the plan does not have:</source>
        <translation>Algunos materiales de este paquete necesitan datos que el plan no tiene:</translation>
    </message>
    <message>
        <source>Type them to add these handouts, or leave them out and make them later on the Handouts screen.</source>
        <translation>Escríbalos para incluir estos materiales, o déjelos fuera y prepárelos después en la pantalla Materiales.</translation>
    </message>
    <message>
        <source>&amp;Add them</source>
        <translation>&amp;Incluirlos</translation>
    </message>
    <message>
        <source>&amp;Leave them out</source>
        <translation>&amp;Dejarlos fuera</translation>
    </message>
    <message>
        <source>• %1: the school&apos;s name and the session date</source>
        <translation>• %1: el nombre de la escuela y la fecha de la sesión</translation>
    </message>
    <message>
        <source>• %1: the school&apos;s name</source>
        <translation>• %1: el nombre de la escuela</translation>
    </message>
    <message>
        <source>• %1: the session date</source>
        <translation>• %1: la fecha de la sesión</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <source>Na&amp;me:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>&amp;Audience:</source>
        <translation>Pú&amp;blico:</translation>
    </message>
    <message>
        <source>M&amp;inutes available:</source>
        <translation>&amp;Minutos disponibles:</translation>
    </message>
    <message>
        <source>S&amp;tarts at:</source>
        <translation>Empie&amp;za a las:</translation>
    </message>
    <message>
        <source>Fa&amp;cilitator&apos;s language:</source>
        <translation>Idioma de quien &amp;facilita:</translation>
    </message>
    <message>
        <source>Audience&apos;s lan&amp;guage:</source>
        <translation>Idioma de&amp;l público:</translation>
    </message>
    <message>
        <source>M&amp;odules:</source>
        <translation>Mó&amp;dulos:</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Hora conocida</translation>
    </message>
    <message>
        <source>%1. %2 (%3 min, core %4)</source>
        <translation>%1. %2 (%3 min, esencial: %4)</translation>
    </message>
    <message>
        <source>New plan</source>
        <translation>Plan nuevo</translation>
    </message>
    <message>
        <source>Written for: %1</source>
        <translation>Pensado para: %1</translation>
    </message>
</context>
<context>
    <name>PlanNotes</name>
    <message>
        <source>Nothing was saved: this plan&apos;s handouts all need the school&apos;s name or the session date. Make them on the Handouts screen.</source>
        <translation>No se guardó nada: todos los materiales de este plan necesitan el nombre de la escuela o la fecha de la sesión. Prepárelos en la pantalla Materiales.</translation>
    </message>
    <message>
        <source>Nothing was saved: this plan&apos;s modules have no handouts.</source>
        <translation>No se guardó nada: los módulos de este plan no tienen materiales impresos.</translation>
    </message>
    <message>
        <source>Saved %1. Not in it, because they need the school&apos;s name or the session date: %2. Make them on the Handouts screen.</source>
        <translation>Se guardó %1. No incluye, porque necesitan el nombre de la escuela o la fecha de la sesión: %2. Prepárelos en la pantalla Materiales.</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Guardado en %1.</translation>
    </message>
    <message>
        <source>Tick the modules to teach; the plan fills the time with their core sections first.</source>
        <translation>Marque los módulos que va a impartir; el plan llena el tiempo empezando por sus secciones esenciales.</translation>
    </message>
    <message>
        <source>The core sections alone need %1 minutes, %2 more than the %3 available. Choose fewer modules (for example %4) or ask for more time.</source>
        <translation>Solo las secciones esenciales necesitan %1 minutos, %2 más de los %3 disponibles. Elija menos módulos (por ejemplo, %4) o pida más tiempo.</translation>
    </message>
    <message>
        <source>The core sections alone need %1 minutes, %2 more than the %3 available. Ask for more time, or plan a shorter module.</source>
        <translation>Solo las secciones esenciales necesitan %1 minutos, %2 más de los %3 disponibles. Pida más tiempo o planifique un módulo más corto.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes: %3 minutes over. Remove a section or ask for more time.</source>
        <translation>%1 de %2 minutos: se pasa por %3 minutos. Quite una sección o pida más tiempo.</translation>
    </message>
    <message>
        <source>%1 of %2 minutes; ends at %3.</source>
        <translation>%1 de %2 minutos; termina a las %3.</translation>
    </message>
    <message numerus="yes">
        <source>The recommended sequence for %1 is module(s) %2; this plan teaches none of them.</source>
        <translation>
            <numerusform>La secuencia recomendada (%1) es el módulo %2; este plan no lo enseña.</numerusform>
            <numerusform>La secuencia recomendada (%1) son los módulos %2; este plan no enseña ninguno.</numerusform>
        </translation>
    </message>
    <message>
        <source>This is the whole recommended sequence for %1: one session.</source>
        <translation>Esta es toda la secuencia recomendada (%1): una sola sesión.</translation>
    </message>
    <message>
        <source>Session %1 of %2 in the recommended sequence for %3 (modules %4).</source>
        <translation>Sesión %1 de %2 de la secuencia recomendada (%3: módulos %4).</translation>
    </message>
    <message>
        <source>Sessions %1 of %2 in the recommended sequence for %3 (modules %4).</source>
        <translation>Sesiones %1 de %2 de la secuencia recomendada (%3: módulos %4).</translation>
    </message>
    <message>
        <source>Why here: %1</source>
        <translation>Por qué aquí: %1</translation>
    </message>
    <message numerus="yes">
        <source>Next: module %1, “%2”, in about %n week(s).</source>
        <translation>
            <numerusform>Después: el módulo %1, «%2», en una semana más o menos.</numerusform>
            <numerusform>Después: el módulo %1, «%2», en unas %n semanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next: module %1, “%2”, in about %n day(s).</source>
        <translation>
            <numerusform>Después: el módulo %1, «%2», en un día más o menos.</numerusform>
            <numerusform>Después: el módulo %1, «%2», en unos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>This ends the sequence. Then a %1-minute booster %2: a review of module %3, “%4”.</source>
        <translation>Con esta termina la secuencia. Después, una sesión de refuerzo de %1 minutos %2: un repaso del módulo %3, «%4».</translation>
    </message>
    <message>
        <source>This ends the sequence. Then a %1-minute booster %2: %3.</source>
        <translation>Con esta termina la secuencia. Después, una sesión de refuerzo de %1 minutos %2: %3.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message numerus="yes">
        <source>A single session: this plan teaches only module %1, and the recommended sequence for %2 teaches module(s) %3 first. One session alone changes little. If this group has had them, go on; if not, plan them first.</source>
        <translation>
            <numerusform>Una sola sesión: este plan solo enseña el módulo %1, y la secuencia recomendada (%2) enseña antes el módulo %3. Una sola sesión cambia poco. Si el grupo ya lo tuvo, siga adelante; si no, planéelo primero.</numerusform>
            <numerusform>Una sola sesión: este plan solo enseña el módulo %1, y la secuencia recomendada (%2) enseña antes los módulos %3. Una sola sesión cambia poco. Si el grupo ya los tuvo, siga adelante; si no, planéelos primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The recommended sequence for %1 teaches module(s) %2 before module %3, and this plan leaves them out. If this group has had them, go on; if not, teach them first.</source>
        <translation>
            <numerusform>La secuencia recomendada (%1) enseña el módulo %2 antes del módulo %3, y este plan lo deja fuera. Si el grupo ya lo tuvo, siga adelante; si no, enséñelo primero.</numerusform>
            <numerusform>La secuencia recomendada (%1) enseña los módulos %2 antes del módulo %3, y este plan los deja fuera. Si el grupo ya los tuvo, siga adelante; si no, enséñelos primero.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This plan teaches module %1 before module(s) %2, which the recommended sequence puts first: each module builds on the ones before it.</source>
        <translation>
            <numerusform>Este plan enseña el módulo %1 antes del módulo %2, que la secuencia recomendada pone primero: cada módulo se apoya en los anteriores.</numerusform>
            <numerusform>Este plan enseña el módulo %1 antes de los módulos %2, que la secuencia recomendada pone primero: cada módulo se apoya en los anteriores.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan leaves out “%1”, a core section of module %2: the module does not teach what it promises without it. Add it back, or ask for more time.</source>
        <translation>El plan deja fuera «%1», una sección esencial del módulo %2: sin ella, el módulo no enseña lo que promete. Vuelva a añadirla o pida más tiempo.</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>Saved &amp;plans:</source>
        <translation>&amp;Planes guardados:</translation>
    </message>
    <message>
        <source>&amp;New plan</source>
        <translation>Plan &amp;nuevo</translation>
    </message>
    <message>
        <source>Delete plan</source>
        <translation>Borrar el plan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Subir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>A&amp;dd section</source>
        <translation>Añadir se&amp;cción</translation>
    </message>
    <message>
        <source>&amp;Save plan</source>
        <translation>&amp;Guardar plan</translation>
    </message>
    <message>
        <source>Pr&amp;esent…</source>
        <translation>Pr&amp;esentar…</translation>
    </message>
    <message>
        <source>Run this plan with notes on this screen and prompts on the projector</source>
        <translation>Presentar este plan: las notas en esta pantalla y las consignas en el proyector</translation>
    </message>
    <message>
        <source>Save the guide as PDF…</source>
        <translation>Guardar la guía en PDF…</translation>
    </message>
    <message>
        <source>This session&apos;s sections in order, with timings, notes and questions, in the facilitator&apos;s language</source>
        <translation>Las secciones de esta sesión en orden, con tiempos, notas y preguntas, en el idioma de quien facilita</translation>
    </message>
    <message>
        <source>Save the print pack as PDF…</source>
        <translation>Guardar los materiales para imprimir en PDF…</translation>
    </message>
    <message>
        <source>Every handout the plan&apos;s modules use, in the audience&apos;s language</source>
        <translation>Todos los materiales que usan los módulos del plan, en el idioma del público</translation>
    </message>
    <message>
        <source>%1 · %2 (%3 min)</source>
        <translation>%1 · %2 (%3 min)</translation>
    </message>
    <message>
        <source>Unsaved plan</source>
        <translation>Plan sin guardar</translation>
    </message>
    <message>
        <source>The plan “%1” has changes that are not saved. Save them?</source>
        <translation>El plan «%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>Delete the plan “%1”? Sessions already logged are kept.</source>
        <translation>¿Borrar el plan «%1»? Las sesiones ya registradas se conservan.</translation>
    </message>
    <message>
        <source>Save the guide</source>
        <translation>Guardar la guía</translation>
    </message>
    <message>
        <source>Save the print pack</source>
        <translation>Guardar los materiales para imprimir</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Making the PDF…</source>
        <translation>Preparando el PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1: %2</source>
        <translation>No se pudo escribir el PDF en %1: %2</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <source>Presenting: %1</source>
        <translation>Presentando: %1</translation>
    </message>
    <message>
        <source>Audience view</source>
        <translation>Vista para el público</translation>
    </message>
    <message>
        <source>End session</source>
        <translation>Terminar la sesión</translation>
    </message>
    <message>
        <source>End the session?</source>
        <translation>¿Terminar la sesión?</translation>
    </message>
    <message>
        <source>End the session now? You can log it next. Or keep presenting.</source>
        <translation>¿Terminar la sesión ahora? Después puede registrarla. O siga presentando.</translation>
    </message>
    <message>
        <source>End and log</source>
        <translation>Terminar y registrar</translation>
    </message>
    <message>
        <source>Keep presenting</source>
        <translation>Seguir presentando</translation>
    </message>
    <message>
        <source>The session is over. Log this session now? The form is filled in from the plan and what happened; add the number of participants.</source>
        <translation>La sesión terminó. ¿Registrarla ahora? El formulario viene lleno con el plan y lo que pasó; agregue el número de participantes.</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <source>Keys while presenting</source>
        <translation>Teclas durante la presentación</translation>
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
        <translation>Siguiente: flecha derecha, Avanzar página, barra espaciadora o la tecla Adelante del control remoto
Atrás: flecha izquierda, Retroceder página o la tecla Atrás del control remoto
Pantalla del proyector en pausa: B o .    Pantalla blanca: W
Volver a mostrar la sección: F5 o Mayús+F5
Congelar el proyector mientras mira lo que sigue: F    Proyector claro u oscuro: L
Intercambiar las dos pantallas: X    Con una sola pantalla: mantenga oprimida la N para ver sus notas
Escape: sale de pantalla completa o pone la pausa; nunca termina la sesión
Panel de seguridad: S    Dónde conseguir ayuda, en el proyector: R
Tamaño del texto: Ctrl + + y Ctrl + −
Terminar la sesión y registrarla: Ctrl+E
Estas teclas: F1 o ?</translation>
    </message>
</context>
<context>
    <name>RecordsExchange</name>
    <message>
        <source>Export the session records</source>
        <translation>Exportar los registros de sesiones</translation>
    </message>
    <message>
        <source>Upstream records (*.json)</source>
        <translation>Registros de Upstream (*.json)</translation>
    </message>
    <message>
        <source>Some adult trainings have a sign-in list with names and emails. Include those names in the file? Choose No unless the person receiving it needs them for certificates.</source>
        <translation>Algunas capacitaciones para personas adultas tienen una lista de asistencia con nombres y correos. ¿Incluir esos nombres en el archivo? Elija No, salvo que quien lo reciba los necesite para los certificados.</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>No se exportó</translation>
    </message>
    <message>
        <source>The file could not be written: %1</source>
        <translation>No se pudo escribir el archivo: %1</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Exportado</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) written to %1.</source>
        <translation>
            <numerusform>Se guardó %n sesión en %1.</numerusform>
            <numerusform>Se guardaron %n sesiones en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import session records</source>
        <translation>Importar registros de sesiones</translation>
    </message>
    <message>
        <source>Merging the records…</source>
        <translation>Combinando los registros…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>Records imported</source>
        <translation>Registros importados</translation>
    </message>
    <message>
        <source>Writing the records…</source>
        <translation>Guardando los registros…</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged, %4 conflicts.</source>
        <translation>Nuevos: %1. Actualizados: %2. Sin cambios: %3. Conflictos: %4.</translation>
    </message>
    <message>
        <source>Site %1 was changed on both laptops; the other laptop&apos;s change (%2) was kept.</source>
        <translation>El lugar %1 se modificó en las dos computadoras; se conservó el cambio de la otra computadora (%2).</translation>
    </message>
    <message>
        <source>Site %1 was changed on both laptops; this laptop&apos;s change (%2) was kept.</source>
        <translation>El lugar %1 se modificó en las dos computadoras; se conservó el cambio de esta computadora (%2).</translation>
    </message>
    <message>
        <source>The session of %1 was changed on both laptops; the other laptop&apos;s change (%2) was kept.</source>
        <translation>La sesión del %1 se modificó en las dos computadoras; se conservó el cambio de la otra computadora (%2).</translation>
    </message>
    <message>
        <source>The session of %1 was changed on both laptops; this laptop&apos;s change (%2) was kept.</source>
        <translation>La sesión del %1 se modificó en las dos computadoras; se conservó el cambio de esta computadora (%2).</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Archivo: %1</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
</context>
<context>
    <name>RecordsGuard</name>
    <message>
        <source>Restore session records</source>
        <translation>Restaurar los registros de sesiones</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>No se restauró</translation>
    </message>
    <message>
        <source>The session records cannot be opened</source>
        <translation>No se pueden abrir los registros de sesiones</translation>
    </message>
    <message>
        <source>Session records checked</source>
        <translation>Registros de sesiones revisados</translation>
    </message>
    <message>
        <source>A leftover file beside the session records (%1) did not belong to them, so Upstream did not use it: your records are as they were saved. The leftover file is kept, with a copy of the records it was found beside, as %2.</source>
        <translation>Junto a los registros de sesiones había un archivo sobrante (%1) que no les pertenecía, así que Upstream no lo usó: sus registros están tal como se guardaron. El archivo sobrante se conserva, con una copia de los registros junto a los que estaba, como %2.</translation>
    </message>
    <message>
        <source>The session records are missing</source>
        <translation>Faltan los registros de sesiones</translation>
    </message>
    <message>
        <source>There is no records file at %1, but there are backups. Restore the newest good backup (made %2), or start with no records?</source>
        <translation>No hay un archivo de registros en %1, pero sí hay copias de seguridad. ¿Quiere restaurar la copia buena más reciente (hecha el %2) o empezar sin registros?</translation>
    </message>
    <message>
        <source>Start with no records</source>
        <translation>Empezar sin registros</translation>
    </message>
    <message>
        <source>Replace the session records with the backup %1? A copy of the current records file is kept beside it, so nothing is lost.</source>
        <translation>¿Reemplazar los registros de sesiones con la copia de seguridad %1? Se guarda una copia del archivo de registros actual a su lado, así que no se pierde nada.</translation>
    </message>
    <message>
        <source>Upstream is still busy with the session records (a backup or an import). Nothing was changed. Try again in a minute.</source>
        <translation>Upstream todavía está trabajando con los registros de sesiones (una copia de seguridad o una importación). No se cambió nada. Vuelva a intentarlo en un minuto.</translation>
    </message>
    <message>
        <source>The records file was made by a newer version of Upstream, so this version does not change it. Update Upstream on this laptop to use it.

%1</source>
        <translation>El archivo de registros lo creó una versión más nueva de Upstream, así que esta versión no lo modifica. Actualice Upstream en esta computadora para usarlo.

%1</translation>
    </message>
    <message>
        <source>The records file is damaged or is not an Upstream records file. Upstream has not changed it.

%1</source>
        <translation>El archivo de registros está dañado o no es un archivo de registros de Upstream. Upstream no lo modificó.

%1</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia</translation>
    </message>
    <message>
        <source>Restore the newest good backup (%1)? The file that cannot be used is kept beside it.</source>
        <translation>¿Restaurar la copia de seguridad buena más reciente (%1)? El archivo que no se puede usar se conserva a su lado.</translation>
    </message>
    <message>
        <source>There is no backup to restore. Sessions cannot be logged until the file is repaired or moved away.</source>
        <translation>No hay ninguna copia de seguridad para restaurar. No se pueden registrar sesiones hasta que el archivo se repare o se mueva a otro lugar.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>This school year (July to June)</source>
        <translation>Este año escolar (de julio a junio)</translation>
    </message>
    <message>
        <source>Last school year</source>
        <translation>El año escolar pasado</translation>
    </message>
    <message>
        <source>This calendar year</source>
        <translation>Este año natural</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>Fechas elegidas</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>P&amp;eriod:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>This federal fiscal year (October to September)</source>
        <translation>Este año fiscal federal (de octubre a septiembre)</translation>
    </message>
    <message>
        <source>Last federal fiscal year</source>
        <translation>El año fiscal federal pasado</translation>
    </message>
    <message>
        <source>This federal quarter</source>
        <translation>Este trimestre federal</translation>
    </message>
    <message>
        <source>Last federal quarter</source>
        <translation>El trimestre federal pasado</translation>
    </message>
    <message>
        <source>This half-year (January to June, or July to December)</source>
        <translation>Este semestre (de enero a junio, o de julio a diciembre)</translation>
    </message>
    <message>
        <source>Last half-year</source>
        <translation>El semestre pasado</translation>
    </message>
    <message>
        <source>This RPE year (August to July)</source>
        <translation>Este año de RPE (de agosto a julio)</translation>
    </message>
    <message>
        <source>Last RPE year</source>
        <translation>El año de RPE pasado</translation>
    </message>
    <message>
        <source>Last calendar year</source>
        <translation>El año natural pasado</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>Language of saved file&amp;s:</source>
        <translation>Idioma de los archivos &amp;guardados:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Guardar como &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as spreadsheet (&amp;XLSX)…</source>
        <translation>Guardar como hoja de cálculo (&amp;XLSX)…</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Guardar como &amp;CSV…</translation>
    </message>
    <message>
        <source>The report with its charts, ready to print or send</source>
        <translation>El informe con sus gráficas, listo para imprimir o enviar</translation>
    </message>
    <message>
        <source>Every table, one under the other, for any spreadsheet program</source>
        <translation>Todas las tablas, una debajo de otra, para cualquier programa de hojas de cálculo</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a “To” date on or after the “From” date.</source>
        <translation>El periodo termina antes de empezar: elija una fecha «Hasta» igual o posterior a la fecha «Desde».</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Counties</source>
        <translation>Condados</translation>
    </message>
    <message>
        <source>Hours delivered</source>
        <translation>Horas impartidas</translation>
    </message>
    <message>
        <source>Nothing was counted in this period.</source>
        <translation>No se contó nada en este periodo.</translation>
    </message>
    <message>
        <source>No sessions were logged in this period. Choose other dates, or log sessions in the Sessions area.</source>
        <translation>No se registraron sesiones en este periodo. Elija otras fechas o registre sesiones en el área Sesiones.</translation>
    </message>
    <message>
        <source>PDF report (*.pdf)</source>
        <translation>Informe PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Guardando el informe…</translation>
    </message>
    <message>
        <source>Report not saved</source>
        <translation>El informe no se guardó</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2</source>
        <translation>No se pudo escribir el informe en %1: %2</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
</context>
<context>
    <name>RosterTable</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>RunOfShowTable</name>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>core</source>
        <translation>esencial</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>opcional</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>SafetyView</name>
    <message>
        <source>If someone tells you about harm</source>
        <translation>Si alguien le cuenta que sufre daño</translation>
    </message>
    <message>
        <source>Whatever their age</source>
        <translation>Sea cual sea su edad</translation>
    </message>
    <message>
        <source>If they are under 18: you must report</source>
        <translation>Si tiene menos de 18 años: usted debe reportar</translation>
    </message>
    <message>
        <source>If they are 18 or older: they decide</source>
        <translation>Si tiene 18 años o más: la persona decide</translation>
    </message>
    <message>
        <source>What stays confidential, and its limits</source>
        <translation>Qué se mantiene en confidencialidad, y sus límites</translation>
    </message>
    <message>
        <source>Helplines and local resources</source>
        <translation>Líneas de ayuda y recursos locales</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>One screen</source>
        <translation>Una sola pantalla</translation>
    </message>
    <message>
        <source>This laptop sees one screen. If a projector is connected, it is probably showing a copy of the laptop&apos;s screen, so the class would see your notes and the safety panel.

To show notes on the laptop and prompts on the projector, set the projector to Extend: press Windows+P on Windows, or open the Displays settings on macOS and Linux, then start again.

Or choose: the audience view alone, full screen (your notes show only while you hold N, and the printed guide and safety card have the rest), or a rehearsal with the notes alone.</source>
        <translation>Esta computadora ve una sola pantalla. Si hay un proyector conectado, lo más probable es que muestre una copia de la pantalla de la computadora, y el grupo vería sus notas y el panel de seguridad.

Para ver las notas en la computadora y las preguntas en el proyector, ponga el proyector en Extender: oprima Windows+P en Windows, o abra la configuración de Pantallas en macOS y Linux, y vuelva a empezar.

O elija: solo la vista del público, en pantalla completa (sus notas aparecen solo mientras mantiene oprimida la N, y la guía y la tarjeta de seguridad impresas tienen lo demás), o un ensayo solo con las notas.</translation>
    </message>
    <message>
        <source>Audience view only</source>
        <translation>Solo la vista del público</translation>
    </message>
    <message>
        <source>Rehearse with notes</source>
        <translation>Ensayar con las notas</translation>
    </message>
</context>
<context>
    <name>SectionsTable</name>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Cómo se dio</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Log a session</source>
        <translation>Registrar una sesión</translation>
    </message>
    <message>
        <source>Edit the session</source>
        <translation>Editar la sesión</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Site</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>&amp;Público</translation>
    </message>
    <message>
        <source>St&amp;art time (optional)</source>
        <translation>&amp;Hora de inicio (opcional)</translation>
    </message>
    <message>
        <source>&amp;Modules</source>
        <translation>&amp;Módulos</translation>
    </message>
    <message>
        <source>How many &amp;took part</source>
        <translation>&amp;Cuántas personas participaron</translation>
    </message>
    <message>
        <source>M&amp;inutes</source>
        <translation>M&amp;inutos</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>Deli&amp;very</source>
        <translation>Mo&amp;dalidad</translation>
    </message>
    <message>
        <source>&amp;Facilitators</source>
        <translation>Per&amp;sonas facilitadoras</translation>
    </message>
    <message>
        <source>&amp;Referrals made (a number)</source>
        <translation>&amp;Remisiones hechas (un número)</translation>
    </message>
    <message>
        <source>&amp;Notes (no names)</source>
        <translation>&amp;Notas (sin nombres)</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Virtual</source>
        <translation>Virtual</translation>
    </message>
    <message>
        <source>A number, e.g. 28</source>
        <translation>Un número, por ejemplo 28</translation>
    </message>
    <message>
        <source>e.g. 10:30</source>
        <translation>por ejemplo 10:30</translation>
    </message>
    <message>
        <source>Count the answers to the selected question…</source>
        <translation>Contar las respuestas de la pregunta seleccionada…</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nuevo lugar</translation>
    </message>
    <message>
        <source>School or organization name:</source>
        <translation>Nombre de la escuela u organización:</translation>
    </message>
    <message>
        <source>County:</source>
        <translation>Condado:</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes from the modules</source>
        <translation>
            <numerusform>%n minuto según los módulos</numerusform>
            <numerusform>%n minutos según los módulos</numerusform>
        </translation>
    </message>
    <message>
        <source>Names are used only for certificates and can be purged later.</source>
        <translation>Los nombres se usan solo para las constancias y se pueden borrar después.</translation>
    </message>
    <message>
        <source>“%1” may be a person&apos;s name. Youth sessions keep no names: if it is one, take it out.</source>
        <translation>“%1” puede ser el nombre de una persona. En las sesiones con jóvenes no se guardan nombres: si lo es, quítelo.</translation>
    </message>
    <message>
        <source>Survey counts: %1</source>
        <translation>Conteos de la encuesta: %1</translation>
    </message>
    <message>
        <source>Youth sessions keep numbers only, never names.</source>
        <translation>En las sesiones con jóvenes solo se guardan números, nunca nombres.</translation>
    </message>
    <message>
        <source>Ne&amp;w site…</source>
        <translation>N&amp;uevo lugar…</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Breakdowns (optional)</source>
        <translation>Desgloses (opcional)</translation>
    </message>
    <message>
        <source>Survey counts</source>
        <translation>Conteos de la encuesta</translation>
    </message>
    <message>
        <source>Roster (adult trainings)</source>
        <translation>Lista de asistentes (capacitaciones para personas adultas)</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Cou&amp;nty</source>
        <translation>&amp;Condado</translation>
    </message>
    <message>
        <source>&amp;Module</source>
        <translation>&amp;Módulo</translation>
    </message>
    <message>
        <source>A&amp;udience</source>
        <translation>&amp;Público</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Log a &amp;session…</source>
        <translation>&amp;Registrar una sesión…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Borrar</translation>
    </message>
    <message>
        <source>Remove n&amp;ames…</source>
        <translation>&amp;Quitar nombres…</translation>
    </message>
    <message>
        <source>Si&amp;tes…</source>
        <translation>Lu&amp;gares…</translation>
    </message>
    <message>
        <source>E&amp;xport records…</source>
        <translation>E&amp;xportar registros…</translation>
    </message>
    <message>
        <source>Im&amp;port records…</source>
        <translation>Impor&amp;tar registros…</translation>
    </message>
    <message>
        <source>Write this laptop&apos;s session records to one file for a coordinator</source>
        <translation>Guardar los registros de sesiones de esta computadora en un archivo para la coordinación</translation>
    </message>
    <message>
        <source>Merge records files from other laptops into this one</source>
        <translation>Combinar aquí los archivos de registros de otras computadoras</translation>
    </message>
    <message>
        <source>Remove the names of an adult training&apos;s participants for good</source>
        <translation>Borrar para siempre los nombres de quienes asistieron a una capacitación para personas adultas</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Sesiones registradas</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) shown</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove names</source>
        <translation>Quitar nombres</translation>
    </message>
    <message>
        <source>Remove the names of this training&apos;s participants for good? The session and its counts stay. This cannot be undone.</source>
        <translation>¿Borrar para siempre los nombres de quienes asistieron a esta capacitación? La sesión y sus conteos se conservan. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete session</source>
        <translation>Borrar la sesión</translation>
    </message>
</context>
<context>
    <name>SessionsTableModel</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <source>Modules</source>
        <translation>Módulos</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Idiomas</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>SitesDialog</name>
    <message>
        <source>Sites</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>County</source>
        <translation>Condado</translation>
    </message>
    <message>
        <source>&amp;Add a site</source>
        <translation>&amp;Agregar un lugar</translation>
    </message>
    <message>
        <source>Row %1 needs a name.</source>
        <translation>A la fila %1 le falta el nombre.</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
</context>
<context>
    <name>TalliesTable</name>
    <message>
        <source>Survey item</source>
        <translation>Pregunta de la encuesta</translation>
    </message>
    <message>
        <source>Answered before</source>
        <translation>Contestaron antes</translation>
    </message>
    <message>
        <source>Right before</source>
        <translation>Correctas antes</translation>
    </message>
    <message>
        <source>Answered after</source>
        <translation>Contestaron después</translation>
    </message>
    <message>
        <source>Right after</source>
        <translation>Correctas después</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>TimerBar</name>
    <message>
        <source>Section: %1 left</source>
        <translation>Sección: quedan %1</translation>
    </message>
    <message>
        <source>Section: %1 over</source>
        <translation>Sección: %1 de más</translation>
    </message>
    <message>
        <source>Session: %1 left</source>
        <translation>Sesión: quedan %1</translation>
    </message>
    <message>
        <source>Session: %1 over</source>
        <translation>Sesión: %1 de más</translation>
    </message>
    <message>
        <source>Ends at %1</source>
        <translation>Termina a las %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) left in the session</source>
        <translation>
            <numerusform>Queda %n minuto de sesión</numerusform>
            <numerusform>Quedan %n minutos de sesión</numerusform>
        </translation>
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
        <translation>Madres, padres y personas que cuidan</translation>
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
        <translation>Personas facilitadoras</translation>
    </message>
    <message>
        <source>Fact sheet</source>
        <translation>Hoja informativa</translation>
    </message>
    <message>
        <source>Job-offer red flags checklist</source>
        <translation>Lista de señales de alerta en ofertas de trabajo</translation>
    </message>
    <message>
        <source>Workers&apos; rights card</source>
        <translation>Tarjeta de derechos laborales</translation>
    </message>
    <message>
        <source>Resource cards (where to get help)</source>
        <translation>Tarjetas de recursos (dónde pedir ayuda)</translation>
    </message>
    <message>
        <source>Letter to parents and caregivers</source>
        <translation>Carta para las familias</translation>
    </message>
    <message>
        <source>Pre/post survey, youth</source>
        <translation>Encuesta antes y después, jóvenes</translation>
    </message>
    <message>
        <source>Pre/post survey, adults</source>
        <translation>Encuesta antes y después, personas adultas</translation>
    </message>
    <message>
        <source>Pre/post survey, parents and caregivers</source>
        <translation>Encuesta antes y después, madres, padres y personas cuidadoras</translation>
    </message>
    <message>
        <source>Pre/post survey, school staff</source>
        <translation>Encuesta antes y después, personal escolar</translation>
    </message>
    <message>
        <source>Pre/post survey, workers and community groups</source>
        <translation>Encuesta antes y después, trabajadores y grupos comunitarios</translation>
    </message>
    <message>
        <source>Look-back survey (before and now, at the end)</source>
        <translation>Encuesta retrospectiva (antes y ahora, al final)</translation>
    </message>
    <message>
        <source>Survey answer key</source>
        <translation>Clave de respuestas de la encuesta</translation>
    </message>
    <message>
        <source>Sign-in sheet (adult trainings)</source>
        <translation>Hoja de asistencia (capacitaciones para personas adultas)</translation>
    </message>
    <message>
        <source>Certificate of attendance</source>
        <translation>Constancia de asistencia</translation>
    </message>
    <message>
        <source>Tally sheet (counts only, no names)</source>
        <translation>Hoja de conteo (solo números, sin nombres)</translation>
    </message>
    <message>
        <source>Safety card: if someone tells you about harm (for you)</source>
        <translation>Tarjeta de seguridad: si alguien le cuenta que sufre daño (para usted)</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Community organization</source>
        <translation>Organización comunitaria</translation>
    </message>
    <message>
        <source>Workplace or farm</source>
        <translation>Lugar de trabajo o finca</translation>
    </message>
    <message>
        <source>Faith community</source>
        <translation>Comunidad de fe</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
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
<context>
    <name>WarningFields</name>
    <message>
        <source>&amp;Amber at</source>
        <translation>Á&amp;mbar cuando quedan</translation>
    </message>
    <message>
        <source>Re&amp;d at</source>
        <translation>&amp;Rojo cuando quedan</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>automático</translation>
    </message>
    <message>
        <source> min left</source>
        <translation> min</translation>
    </message>
    <message>
        <source>time up</source>
        <translation>0 (al acabarse el tiempo)</translation>
    </message>
</context>
</TS>
