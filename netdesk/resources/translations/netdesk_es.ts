<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Sync accounts</source>
        <translation>Cuentas de sincronización</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Collections</source>
        <translation>Libreta de direcciones y calendario</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>No account yet: add one to have your network on your phone and laptop too.</source>
        <translation>Aún no hay ninguna cuenta: añada una para tener su red también en su teléfono y su portátil.</translation>
    </message>
    <message>
        <source>&amp;Add account...</source>
        <translation>&amp;Añadir cuenta...</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Trust new certificate...</source>
        <translation>Confiar en el nuevo cer&amp;tificado...</translation>
    </message>
    <message>
        <source>When a server with a certificate of its own renewed it: see the new one&apos;s fingerprint and trust it</source>
        <translation>Cuando un servidor con certificado propio lo ha renovado: ver la huella del nuevo y confiar en él</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Sincronizar ca&amp;da</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes between syncs</source>
        <translation>Minutos entre sincronizaciones</translation>
    </message>
    <message>
        <source>while NetDesk is open</source>
        <translation>mientras NetDesk esté abierto</translation>
    </message>
    <message>
        <source>Sync &amp;when NetDesk starts</source>
        <translation>Sincronizar al &amp;iniciar NetDesk</translation>
    </message>
    <message>
        <source>{book} (contacts), {calendar} (calendar)</source>
        <translation>{book} (contactos), {calendar} (calendario)</translation>
    </message>
    <message>
        <source>{book} (contacts)</source>
        <translation>{book} (contactos)</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>{when}: failed</source>
        <translation>{when}: error</translation>
    </message>
    <message>
        <source>Asking {url} for its certificate...</source>
        <translation>Pidiendo su certificado a {url}...</translation>
    </message>
    <message>
        <source>NetDesk could not check the server&apos;s certificate: {error}</source>
        <translation>NetDesk no pudo comprobar el certificado del servidor: {error}</translation>
    </message>
    <message>
        <source>{url} still presents the certificate NetDesk trusts.</source>
        <translation>{url} sigue presentando el certificado en el que NetDesk confía.</translation>
    </message>
    <message>
        <source>Trust new certificate</source>
        <translation>Confiar en el nuevo certificado</translation>
    </message>
    <message>
        <source>{url} presents another certificate than the one NetDesk trusts.</source>
        <translation>{url} presenta otro certificado distinto del que NetDesk confía.</translation>
    </message>
    <message>
        <source>Trust the new certificate</source>
        <translation>Confiar en el nuevo certificado</translation>
    </message>
    <message>
        <source>Keep the old one</source>
        <translation>Mantener el anterior</translation>
    </message>
    <message>
        <source>Trust it only if its SHA-256 fingerprint is the one your server shows (for example in its administration page), or someone may be listening in.

New: {seen}
Trusted until now: {trusted}</source>
        <translation>Confíe en él solo si su huella SHA-256 es la que muestra su servidor (por ejemplo en su página de administración); si no, alguien podría estar escuchando.

Nuevo: {seen}
De confianza hasta ahora: {trusted}</translation>
    </message>
    <message>
        <source>The new certificate was not trusted.</source>
        <translation>No se confió en el nuevo certificado.</translation>
    </message>
    <message>
        <source>The new certificate is trusted; syncing again.</source>
        <translation>Se confía en el nuevo certificado; sincronizando de nuevo.</translation>
    </message>
    <message>
        <source>Remove the account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <source>Stop syncing with {url}?</source>
        <translation>¿Dejar de sincronizar con {url}?</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Quitar la cuenta</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservar la cuenta</translation>
    </message>
    <message>
        <source>The contacts stay here and on the server; NetDesk forgets the account and its password.</source>
        <translation>Los contactos se quedan aquí y en el servidor; NetDesk olvida la cuenta y su contraseña.</translation>
    </message>
    <message>
        <source>The account was not removed.</source>
        <translation>No se quitó la cuenta.</translation>
    </message>
</context>
<context>
    <name>ActionDelegate</name>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importar como nuevo</translation>
    </message>
</context>
<context>
    <name>AddAccountDialog</name>
    <message>
        <source>Add a sync account</source>
        <translation>Añadir una cuenta de sincronización</translation>
    </message>
    <message>
        <source>Your contacts, follow-ups and meetings sync with a CardDAV and CalDAV server (Nextcloud, Baikal, Radicale, Fastmail, iCloud...), so your phone has them too. Give the server&apos;s address, or the address of one address book.</source>
        <translation>Sus contactos, seguimientos y reuniones se sincronizan con un servidor CardDAV y CalDAV (Nextcloud, Baikal, Radicale, Fastmail, iCloud...), para que su teléfono también los tenga. Indique la dirección del servidor, o la de una libreta de direcciones.</translation>
    </message>
    <message>
        <source>https://dav.example.com</source>
        <translation>https://dav.example.com</translation>
    </message>
    <message>
        <source>The server asks for &amp;no password</source>
        <translation>El servidor &amp;no pide contraseña</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;ontraseña:</translation>
    </message>
    <message>
        <source>Kept in the system keyring, never in NetDesk&apos;s files.</source>
        <translation>Se guarda en el llavero del sistema, nunca en los archivos de NetDesk.</translation>
    </message>
    <message>
        <source>Use an unencrypted c&amp;onnection (contacts and password cross the network readable by anyone on the way)</source>
        <translation>Usar una conexión sin c&amp;ifrar (los contactos y la contraseña viajan por la red legibles para cualquiera que esté en medio)</translation>
    </message>
    <message>
        <source>&amp;Trust this certificate for this server</source>
        <translation>Con&amp;fiar en este certificado para este servidor</translation>
    </message>
    <message>
        <source>Address &amp;book:</source>
        <translation>&amp;Libreta de direcciones:</translation>
    </message>
    <message>
        <source>Ca&amp;lendar:</source>
        <translation>Calen&amp;dario:</translation>
    </message>
    <message>
        <source>&amp;Find address books</source>
        <translation>&amp;Buscar libretas de direcciones</translation>
    </message>
    <message>
        <source>Add &amp;account</source>
        <translation>&amp;Añadir cuenta</translation>
    </message>
    <message>
        <source>Give the server&apos;s address first.</source>
        <translation>Indique primero la dirección del servidor.</translation>
    </message>
    <message>
        <source>Give the password, or tick that the server asks for none.</source>
        <translation>Indique la contraseña, o marque que el servidor no pide ninguna.</translation>
    </message>
    <message>
        <source>Looking for address books and calendars on {host}...</source>
        <translation>Buscando libretas de direcciones y calendarios en {host}...</translation>
    </message>
    <message>
        <source>The server has no address book NetDesk can use or make.</source>
        <translation>El servidor no tiene ninguna libreta de direcciones que NetDesk pueda usar o crear.</translation>
    </message>
    <message>
        <source>New address book &quot;NetDesk&quot;</source>
        <translation>Nueva libreta de direcciones «NetDesk»</translation>
    </message>
    <message>
        <source>New calendar &quot;NetDesk&quot;</source>
        <translation>Nuevo calendario «NetDesk»</translation>
    </message>
    <message>
        <source>No calendar (contacts only)</source>
        <translation>Sin calendario (solo contactos)</translation>
    </message>
    <message>
        <source>Adding the account...</source>
        <translation>Añadiendo la cuenta...</translation>
    </message>
    <message>
        <source>The server now shows another certificate than the one you trusted. If this is your own server and you renewed its certificate, compare the new SHA-256 fingerprint with the one below before you trust it:
{fingerprint}</source>
        <translation>El servidor presenta ahora un certificado distinto del que usted aceptó. Si es su propio servidor y renovó su certificado, compare la nueva huella SHA-256 con la de abajo antes de confiar en él:
{fingerprint}</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by an authority this computer trusts. If this is your own server, compare its SHA-256 fingerprint with the one below before you trust it:
{fingerprint}</source>
        <translation>El certificado del servidor no está firmado por una autoridad de certificación en la que confíe este equipo. Si es su propio servidor, compare su huella SHA-256 con la de abajo antes de confiar en él:
{fingerprint}</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Algo salió mal.</translation>
    </message>
</context>
<context>
    <name>AddressRows</name>
    <message>
        <source>Add address</source>
        <translation>Añadir dirección</translation>
    </message>
    <message>
        <source>Label (home, work)</source>
        <translation>Etiqueta (casa, trabajo)</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Remove this address</source>
        <translation>Quitar esta dirección</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>Agenda</name>
    <message>
        <source>Who I am, in two sentences</source>
        <translation>Quién soy, en dos frases</translation>
    </message>
    <message>
        <source>What I am exploring</source>
        <translation>Qué estoy explorando</translation>
    </message>
    <message>
        <source>My questions:</source>
        <translation>Mis preguntas:</translation>
    </message>
    <message>
        <source>Ask for two names I should talk to</source>
        <translation>Pedir dos nombres de personas con quienes hablar</translation>
    </message>
    <message>
        <source>Ask whether they will call ahead to introduce me</source>
        <translation>Preguntar si llamará antes para presentarme</translation>
    </message>
</context>
<context>
    <name>AliasDialog</name>
    <message>
        <source>Names of {company}</source>
        <translation>Nombres de {company}</translation>
    </message>
    <message>
        <source>A posting, a card or an import that names the company by any of these finds {company}.</source>
        <translation>Una oferta de empleo, una ficha o una importación que nombre a la empresa con cualquiera de estos nombres remite a {company}.</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Otros nombres</translation>
    </message>
    <message>
        <source>Another name, such as Globex Corp.</source>
        <translation>Otro nombre, p. ej. Globex Corp.</translation>
    </message>
    <message>
        <source>New name</source>
        <translation>Nombre nuevo</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Add the name {name}</source>
        <translation>Añadir el nombre {name}</translation>
    </message>
    <message>
        <source>{company} is also known as {name}.</source>
        <translation>{company} también se llama {name}.</translation>
    </message>
    <message>
        <source>The name was not added.</source>
        <translation>No se añadió el nombre.</translation>
    </message>
    <message>
        <source>Remove the name {name}</source>
        <translation>Quitar el nombre {name}</translation>
    </message>
    <message>
        <source>{name} is no longer a name of {company}.</source>
        <translation>{name} ya no es un nombre de {company}.</translation>
    </message>
    <message>
        <source>The name was not removed.</source>
        <translation>No se quitó el nombre.</translation>
    </message>
</context>
<context>
    <name>CalendarExport</name>
    <message>
        <source>Export calendar</source>
        <translation>Exportar calendario</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Archivos iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>The calendar could not be written to {path}: {error}</source>
        <translation>No se pudo escribir el calendario en {path}: {error}</translation>
    </message>
    <message>
        <source>Exported {meetings} and {tasks} to {name}</source>
        <translation>Se exportaron {meetings} y {tasks} a {name}</translation>
    </message>
</context>
<context>
    <name>CampaignStrip</name>
    <message>
        <source>Contacts added</source>
        <translation>Contactos añadidos</translation>
    </message>
    <message>
        <source>People added to your network (new contacts)</source>
        <translation>Personas añadidas a su red (contactos nuevos)</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Personas contactadas</translation>
    </message>
    <message>
        <source>People you called, e-mailed, wrote to, messaged or met, each once (a note is not reaching someone)</source>
        <translation>Personas a las que llamó, escribió por correo electrónico, carta o mensaje, o con las que se reunió, cada una contada una vez (una nota no cuenta)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <source>Names per meeting</source>
        <translation>Nombres por reunión</translation>
    </message>
    <message>
        <source>Referrals obtained per meeting held, against the goal of two names from every meeting</source>
        <translation>Recomendaciones obtenidas por reunión celebrada, frente al objetivo de dos nombres por reunión</translation>
    </message>
    <message>
        <source>Introductions</source>
        <translation>Presentaciones</translation>
    </message>
    <message>
        <source>Postings that moved to Introduced: someone introduced or referred you to the employer</source>
        <translation>Ofertas de empleo que pasaron a la etapa «Con recomendación»: alguien le presentó o le recomendó al empleador</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Postings you applied for (moved to Applied, or straight to a later stage)</source>
        <translation>Ofertas de empleo a las que envió su candidatura (pasadas a la etapa «Candidatura enviada» o directamente a una etapa posterior)</translation>
    </message>
    <message>
        <source>Introduced applications</source>
        <translation>Candidaturas recomendadas</translation>
    </message>
    <message>
        <source>Of the applications, those that came with an introduction or a referral, against those without</source>
        <translation>De las candidaturas, las que llegaron con una presentación o una recomendación, frente al total</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Postings that reached interviews</source>
        <translation>Ofertas de empleo que llegaron a la fase de entrevistas</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas recibidas</translation>
    </message>
    <message>
        <source>Postings that led to an offer</source>
        <translation>Ofertas de empleo que acabaron en una oferta de contratación</translation>
    </message>
    <message>
        <source>Thank-you notes on time</source>
        <translation>Agradecimientos a tiempo</translation>
    </message>
    <message>
        <source>Of the meetings held, those whose thank-you note was sent by the day it was due</source>
        <translation>De las reuniones celebradas, aquellas cuya nota de agradecimiento se envió a más tardar el día previsto</translation>
    </message>
    <message>
        <source>The week before ({first} – {last}) in numbers; the whole campaign&apos;s beneath</source>
        <translation>La semana anterior ({first} – {last}) en cifras; debajo, las de toda la campaña</translation>
    </message>
    <message>
        <source>{part} of {whole} in all</source>
        <translation>{part} de {whole} en total</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>ninguna pendiente</translation>
    </message>
    <message>
        <source>{count} in all</source>
        <translation>{count} en total</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} de {whole}</translation>
    </message>
    <message>
        <source>– (goal {goal})</source>
        <translation>– (objetivo {goal})</translation>
    </message>
    <message>
        <source>{value} (goal {goal})</source>
        <translation>{value} (objetivo {goal})</translation>
    </message>
    <message>
        <source>no meetings yet</source>
        <translation>aún no hay reuniones</translation>
    </message>
    <message>
        <source>{value} in all</source>
        <translation>{value} en total</translation>
    </message>
</context>
<context>
    <name>CapacitySection</name>
    <message>
        <source>Weekly plan</source>
        <translation>Plan semanal</translation>
    </message>
    <message>
        <source>Calls and e-mails per week</source>
        <translation>Llamadas y correos electrónicos por semana</translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation>Reuniones por semana</translation>
    </message>
    <message>
        <source>&amp;Calls and e-mails per week:</source>
        <translation>Ll&amp;amadas y correos electrónicos por semana:</translation>
    </message>
    <message>
        <source>&amp;Meetings per week:</source>
        <translation>&amp;Reuniones por semana:</translation>
    </message>
    <message>
        <source>This week and the printed sheet hold this many, the most pressing first (overdue thank-you notes and follow-ups, then referrals waiting longest); the rest is counted and waits. Kept with this network.</source>
        <translation>Esta semana y la hoja impresa incluyen este número, primero lo más urgente (notas de agradecimiento y seguimientos atrasados, luego las recomendaciones que más tiempo llevan esperando); el resto se cuenta y queda en espera. Se guarda con esta red de contactos.</translation>
    </message>
</context>
<context>
    <name>CardDelegate</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Ayer</translation>
    </message>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>Hace %Ln día</numerusform>
            <numerusform>Hace %Ln días</numerusform>
        </translation>
    </message>
    <message>
        <source>Deadline passed {day}</source>
        <translation>Plazo vencido el {day}</translation>
    </message>
    <message>
        <source>Deadline today</source>
        <translation>Fecha límite: hoy</translation>
    </message>
    <message>
        <source>Deadline {day}</source>
        <translation>Fecha límite: {day}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people linked</source>
        <translation>
            <numerusform>%Ln persona vinculada</numerusform>
            <numerusform>%Ln personas vinculadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Last step {day}</source>
        <translation>Último paso el {day}</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Sin fecha límite</translation>
    </message>
</context>
<context>
    <name>CardEdits</name>
    <message>
        <source>What to do next, e.g. call about the team</source>
        <translation>Qué hacer a continuación, p. ej. llamar para preguntar por el equipo</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>Saved when you press Enter or leave the field; empty removes the step</source>
        <translation>Se guarda al pulsar Intro o salir del campo; si se deja vacío, se quita el paso</translation>
    </message>
    <message>
        <source>Next step due</source>
        <translation>Plazo del próximo paso</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Next step done</source>
        <translation>Próximo paso hecho</translation>
    </message>
    <message>
        <source>Ticks the step off and counts the contact as contacted</source>
        <translation>Marca el paso como hecho y da al contacto por contactado</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Follow up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Whether this contact has a day to follow up on</source>
        <translation>Si este contacto tiene un día de seguimiento</translation>
    </message>
    <message>
        <source>Follow-up day</source>
        <translation>Día de seguimiento</translation>
    </message>
    <message>
        <source>Tags, separated by commas</source>
        <translation>Etiquetas, separadas por comas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Separated by commas</source>
        <translation>Separadas por comas</translation>
    </message>
    <message>
        <source>Anything worth remembering about them</source>
        <translation>Todo lo que merezca la pena recordar de esta persona</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Saved when you leave the field</source>
        <translation>Se guarda al salir del campo</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Set next step for {name}</source>
        <translation>Fijar el próximo paso de {name}</translation>
    </message>
    <message>
        <source>Clear next step of {name}</source>
        <translation>Quitar el próximo paso de {name}</translation>
    </message>
    <message>
        <source>Done: {step}</source>
        <translation>Hecho: {step}</translation>
    </message>
    <message>
        <source>The change to the contact was not saved.</source>
        <translation>No se guardó el cambio en el contacto.</translation>
    </message>
</context>
<context>
    <name>CardKeepInTouch</name>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>Name waiting for a call</source>
        <translation>Nombre a la espera de una llamada</translation>
    </message>
    <message>
        <source>Good at: {text}</source>
        <translation>Se le da bien: {text}</translation>
    </message>
    <message>
        <source>Needs: {text}</source>
        <translation>Necesita: {text}</translation>
    </message>
    <message>
        <source>No rhythm: never due to keep in touch</source>
        <translation>Sin ritmo: nunca toca mantener el contacto</translation>
    </message>
    <message>
        <source>Keep in touch {every} ({source})</source>
        <translation>Mantener el contacto {every} ({source})</translation>
    </message>
    <message>
        <source>Keep in touch {every} (set for this person)</source>
        <translation>Mantener el contacto {every} (fijado para esta persona)</translation>
    </message>
    <message>
        <source>Overdue by 1 day</source>
        <translation>Atrasado 1 día</translation>
    </message>
    <message>
        <source>Overdue by {count} days</source>
        <translation>Atrasado {count} días</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Toca hoy</translation>
    </message>
    <message>
        <source>Due on {day}</source>
        <translation>Toca el {day}</translation>
    </message>
    <message>
        <source>the default for the tag &quot;{name}&quot;</source>
        <translation>el predeterminado de la etiqueta «{name}»</translation>
    </message>
    <message>
        <source>the default for warm leads</source>
        <translation>el predeterminado de los contactos cálidos</translation>
    </message>
    <message>
        <source>the default for cold leads</source>
        <translation>el predeterminado de los contactos fríos</translation>
    </message>
    <message>
        <source>the default for {name}</source>
        <translation>el predeterminado para {name}</translation>
    </message>
</context>
<context>
    <name>CardList</name>
    <message>
        <source>Drag a card here</source>
        <translation>Arrastre una tarjeta aquí</translation>
    </message>
</context>
<context>
    <name>CardModel</name>
    <message>
        <source>{title} at {company}, {stage}</source>
        <translation>{title} en {company}, {stage}</translation>
    </message>
</context>
<context>
    <name>CardPostings</name>
    <message>
        <source>Postings</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} en {company}</translation>
    </message>
    <message>
        <source>Open this posting</source>
        <translation>Abrir esta oferta de empleo</translation>
    </message>
    <message>
        <source>{stage} · {roles}</source>
        <translation>{stage} · {roles}</translation>
    </message>
</context>
<context>
    <name>Chart</name>
    <message>
        <source>Nothing to show yet.</source>
        <translation>Aún no hay nada que mostrar.</translation>
    </message>
</context>
<context>
    <name>ClosedGroup</name>
    <message>
        <source>Show or hide the postings that have ended</source>
        <translation>Mostrar u ocultar las ofertas de empleo terminadas</translation>
    </message>
    <message>
        <source>Closed postings</source>
        <translation>Ofertas de empleo cerradas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Closed ({n})</source>
        <translation>Cerradas ({n})</translation>
    </message>
</context>
<context>
    <name>Companies</name>
    <message>
        <source>You know {name}, who used to work at {company}: would you introduce me?</source>
        <translation>Conoce a {name}, que trabajó en {company}: ¿podría presentarnos?</translation>
    </message>
    <message>
        <source>You know {name} at {company}: would you introduce me?</source>
        <translation>Conoce a {name}, de {company}: ¿podría presentarnos?</translation>
    </message>
    <message>
        <source>You used to work at {company}: could I ask you what it is like there?</source>
        <translation>Usted trabajó en {company}: ¿podría preguntarle cómo es trabajar allí?</translation>
    </message>
    <message>
        <source>I am looking at {company}: could you tell me how they hire?</source>
        <translation>Me interesa {company}: ¿podría contarme cómo contratan allí?</translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message>
        <source>Companies</source>
        <translation>Empresas</translation>
    </message>
    <message>
        <source>Search companies by name</source>
        <translation>Buscar empresas por nombre</translation>
    </message>
    <message>
        <source>Search companies</source>
        <translation>Buscar empresas</translation>
    </message>
    <message>
        <source>Merge &amp;into...</source>
        <translation>&amp;Fusionar en...</translation>
    </message>
    <message>
        <source>Make the selected company part of another: its people, postings and names</source>
        <translation>Integrar la empresa seleccionada en otra, con sus personas, ofertas de empleo y nombres</translation>
    </message>
    <message>
        <source>The companies could not be read: {error}</source>
        <translation>No se pudieron leer las empresas: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies found</source>
        <translation>
            <numerusform>Se encontró %Ln empresa</numerusform>
            <numerusform>Se encontraron %Ln empresas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln empresa</numerusform>
            <numerusform>%Ln empresas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompanyPeople</name>
    <message>
        <source>No company selected</source>
        <translation>Ninguna empresa seleccionada</translation>
    </message>
    <message>
        <source>Nobody you know works there yet.</source>
        <translation>Aún no conoce a nadie que trabaje allí.</translation>
    </message>
    <message>
        <source>&amp;Names...</source>
        <translation>&amp;Nombres...</translation>
    </message>
    <message>
        <source>The other names this company goes by</source>
        <translation>Los otros nombres con los que se conoce a esta empresa</translation>
    </message>
    <message>
        <source>People you know there</source>
        <translation>Personas que conoce allí</translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation>Registrar una &amp;llamada</translation>
    </message>
    <message>
        <source>Log a call with this person now</source>
        <translation>Registrar ahora una llamada con esta persona</translation>
    </message>
    <message>
        <source>Log a &amp;meeting...</source>
        <translation>Registrar una &amp;reunión...</translation>
    </message>
    <message>
        <source>Open the meeting form for this person</source>
        <translation>Abrir el formulario de reunión para esta persona</translation>
    </message>
    <message>
        <source>Ask for an &amp;introduction</source>
        <translation>Pedir una &amp;presentación</translation>
    </message>
    <message>
        <source>Add a follow-up task: ask this person for an introduction there</source>
        <translation>Añadir una tarea de seguimiento: pedir a esta persona que le presente en esa empresa</translation>
    </message>
    <message>
        <source>&amp;Show in Contacts</source>
        <translation>Mostrar en &amp;Contactos</translation>
    </message>
    <message>
        <source>Select this person in the contact table</source>
        <translation>Seleccionar a esta persona en la tabla de contactos</translation>
    </message>
    <message>
        <source>People at {company}</source>
        <translation>Personas en {company}</translation>
    </message>
    <message>
        <source>Also known as: {names}</source>
        <translation>También conocida como: {names}</translation>
    </message>
    <message>
        <source>No other names</source>
        <translation>Ningún otro nombre</translation>
    </message>
    <message>
        <source>The people there could not be read: {error}</source>
        <translation>No se pudieron leer las personas de esa empresa: {error}</translation>
    </message>
    <message>
        <source>Log call with {name}</source>
        <translation>Registrar llamada con {name}</translation>
    </message>
    <message>
        <source>Call with {name} logged.</source>
        <translation>Llamada con {name} registrada.</translation>
    </message>
    <message>
        <source>The call was not logged.</source>
        <translation>No se registró la llamada.</translation>
    </message>
    <message>
        <source>Ask {name} for an introduction at {company}</source>
        <translation>Pedir a {name} que me presente en {company}</translation>
    </message>
    <message>
        <source>Ask {name} for an introduction</source>
        <translation>Pedir a {name} que me presente</translation>
    </message>
    <message>
        <source>Task added: {title}</source>
        <translation>Tarea añadida: {title}</translation>
    </message>
    <message>
        <source>The task was not added.</source>
        <translation>No se añadió la tarea.</translation>
    </message>
</context>
<context>
    <name>CompanyTableModel</name>
    <message>
        <source>{step}, due {day}</source>
        <translation>{step}, para el {day}</translation>
    </message>
    <message>
        <source>{day}: {step}</source>
        <translation>{day}: {step}</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Cálido</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Open postings</source>
        <translation>Ofertas de empleo abiertas</translation>
    </message>
    <message>
        <source>Last interaction</source>
        <translation>Última interacción</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo paso</translation>
    </message>
    <message>
        <source>People you know there who are warm leads</source>
        <translation>Sus contactos cálidos en esa empresa</translation>
    </message>
    <message>
        <source>People you know there who are cold leads</source>
        <translation>Sus contactos fríos en esa empresa</translation>
    </message>
    <message>
        <source>Postings there that are not closed or rejected</source>
        <translation>Ofertas de empleo de esa empresa que no están cerradas ni rechazadas</translation>
    </message>
    <message>
        <source>The last time you were in touch with anyone there</source>
        <translation>La última vez que estuvo en contacto con alguien de esa empresa</translation>
    </message>
    <message>
        <source>The open task due first of anyone there</source>
        <translation>La tarea pendiente que vence antes entre todas las personas de esa empresa</translation>
    </message>
    <message>
        <source>The company&apos;s name</source>
        <translation>El nombre de la empresa</translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message>
        <source>Compose a message</source>
        <translation>Redactar un mensaje</translation>
    </message>
    <message>
        <source>Reading what NetDesk knows…</source>
        <translation>Leyendo lo que NetDesk sabe…</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>The templates that fit come first; the message is written again from it</source>
        <translation>Las plantillas adecuadas aparecen primero; el mensaje se vuelve a redactar a partir de la elegida</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Characters for a LinkedIn invitation</source>
        <translation>Caracteres para una invitación de LinkedIn</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;Destinatario:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Cop&amp;iar</translation>
    </message>
    <message>
        <source>Put the message on the clipboard, for a LinkedIn invitation or a chat</source>
        <translation>Poner el mensaje en el portapapeles, para una invitación de LinkedIn o un chat</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>A&amp;brir en el programa de correo</translation>
    </message>
    <message>
        <source>Start an e-mail with this subject and message in your mail program</source>
        <translation>Empezar en su programa de correo un correo electrónico con este asunto y este mensaje</translation>
    </message>
    <message>
        <source>Sent as</source>
        <translation>Enviado como</translation>
    </message>
    <message>
        <source>Mark as &amp;sent</source>
        <translation>Marcar como &amp;enviado</translation>
    </message>
    <message>
        <source>Log it in the history, once it has gone out</source>
        <translation>Registrarlo en el historial una vez enviado</translation>
    </message>
    <message>
        <source>Sent &amp;as:</source>
        <translation>Enviado c&amp;omo:</translation>
    </message>
    <message>
        <source>M&amp;essage:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>This message cannot be written: {reason}</source>
        <translation>No se puede redactar este mensaje: {reason}</translation>
    </message>
    <message>
        <source>Nobody: no one referred {name}</source>
        <translation>Nadie: nadie le recomendó a {name}</translation>
    </message>
    <message>
        <source>About your meeting with {name}</source>
        <translation>Sobre su reunión con {name}</translation>
    </message>
    <message>
        <source>About a task for {name}</source>
        <translation>Sobre una tarea relacionada con {name}</translation>
    </message>
    <message>
        <source>To someone referred: {name}</source>
        <translation>Para una persona recomendada: {name}</translation>
    </message>
    <message>
        <source>To {name}</source>
        <translation>Para {name}</translation>
    </message>
    <message>
        <source>No e-mail address: your mail program will ask whom to send it to.</source>
        <translation>No hay dirección de correo electrónico: su programa de correo le preguntará a quién enviarlo.</translation>
    </message>
    <message>
        <source>NetDesk knows nothing for {names} here: fill in the gap before sending.</source>
        <translation>NetDesk no sabe qué poner en {names}: complete lo que falta antes de enviarlo.</translation>
    </message>
    <message>
        <source>{count} of {limit} characters of a LinkedIn invitation</source>
        <translation>{count} de {limit} caracteres de una invitación de LinkedIn</translation>
    </message>
    <message numerus="yes">
        <source>Too long for a LinkedIn invitation by %Ln characters: shorten it, or send it as an e-mail or a message.</source>
        <translation>
            <numerusform>Demasiado largo para una invitación de LinkedIn: sobra %Ln carácter. Acórtelo o envíelo como correo electrónico o como mensaje.</numerusform>
            <numerusform>Demasiado largo para una invitación de LinkedIn: sobran %Ln caracteres. Acórtelo o envíelo como correo electrónico o como mensaje.</numerusform>
        </translation>
    </message>
    <message>
        <source>The message is on the clipboard.</source>
        <translation>El mensaje está en el portapapeles.</translation>
    </message>
    <message>
        <source>No program on this computer opens mailto links.</source>
        <translation>Ningún programa de este equipo abre los enlaces de tipo mailto.</translation>
    </message>
    <message>
        <source>The message is too long for a mail link: paste it from the clipboard.</source>
        <translation>El mensaje es demasiado largo para un enlace de correo: péguelo desde el portapapeles.</translation>
    </message>
    <message>
        <source>The message is in your mail program.</source>
        <translation>El mensaje está en su programa de correo.</translation>
    </message>
    <message>
        <source>The thank-you note for the meeting of {day} is sent</source>
        <translation>La nota de agradecimiento por la reunión del {day} está enviada</translation>
    </message>
    <message>
        <source>Tick off the task “{title}”</source>
        <translation>Marcar la tarea «{title}» como hecha</translation>
    </message>
    <message>
        <source>Copy it or open it in your mail program first</source>
        <translation>Antes, cópielo o ábralo en su programa de correo</translation>
    </message>
    <message>
        <source>Logged. Next along the chain: {name}</source>
        <translation>Registrado. Siguiente persona de la cadena: {name}</translation>
    </message>
    <message>
        <source>Log “{name}” as sent</source>
        <translation>Registrar el envío de «{name}»</translation>
    </message>
    <message>
        <source>Logged in the history of {name}</source>
        <translation>Registrado en el historial de {name}</translation>
    </message>
    <message>
        <source>It was not logged.</source>
        <translation>No se registró.</translation>
    </message>
</context>
<context>
    <name>ComposeIntegration</name>
    <message>
        <source>&amp;Compose message...</source>
        <translation>Redactar &amp;mensaje...</translation>
    </message>
    <message>
        <source>Write to the current contact from a template, then copy it or mail it</source>
        <translation>Escribir al contacto actual a partir de una plantilla y después copiar el mensaje o enviarlo por correo</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation>Conflictos de sincronización</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>On this computer</source>
        <translation>En este equipo</translation>
    </message>
    <message>
        <source>On the server</source>
        <translation>En el servidor</translation>
    </message>
    <message>
        <source>No conflicts: both sides agree.</source>
        <translation>No hay conflictos: ambos lados coinciden.</translation>
    </message>
    <message>
        <source>&amp;Keep this computer&apos;s</source>
        <translation>&amp;Conservar el valor de este equipo</translation>
    </message>
    <message>
        <source>&amp;Use the server&apos;s</source>
        <translation>&amp;Usar el valor del servidor</translation>
    </message>
    <message>
        <source>&amp;Open contact...</source>
        <translation>&amp;Abrir contacto...</translation>
    </message>
    <message>
        <source>Not done</source>
        <translation>No hecho</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Done on {day}</source>
        <translation>Hecho el {day}</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>(deleted here)</source>
        <translation>(eliminado aquí)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>These fields of contacts, follow-ups and meetings were changed differently on this computer and on the server. NetDesk kept this computer&apos;s value until you choose.</source>
        <translation>Estos campos de contactos, seguimientos y reuniones se cambiaron de forma distinta en este ordenador y en el servidor. NetDesk mantiene el valor de este ordenador hasta que usted elija.</translation>
    </message>
    <message>
        <source>Contact, task or meeting</source>
        <translation>Contacto, tarea o reunión</translation>
    </message>
    <message>
        <source>Meeting with {name} on {when}</source>
        <translation>Reunión con {name} el {when}</translation>
    </message>
    <message>
        <source>{kind}: {title}</source>
        <translation>{kind}: {title}</translation>
    </message>
    <message>
        <source>Deleted here: there is nothing to change</source>
        <translation>Eliminado aquí: no hay nada que cambiar</translation>
    </message>
    <message>
        <source>This value cannot be taken as it is: open the contact to change it</source>
        <translation>Este valor no se puede tomar tal cual: abra el contacto para cambiarlo</translation>
    </message>
    <message>
        <source>The conflicts were not settled.</source>
        <translation>No se resolvieron los conflictos.</translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message>
        <source>Contact card</source>
        <translation>Ficha del contacto</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <source>Choose someone in the list to see how to reach them, how you came to know them and what to do next.</source>
        <translation>Elija a alguien de la lista para ver cómo ponerse en contacto, cómo llegó a conocerlo y qué hacer a continuación.</translation>
    </message>
    <message>
        <source>Edit all...</source>
        <translation>Editar todo...</translation>
    </message>
    <message>
        <source>Edit all details</source>
        <translation>Editar todos los datos</translation>
    </message>
    <message>
        <source>Opens the full editor for everything the card does not change in place</source>
        <translation>Abre el editor completo para todo lo que no se puede cambiar directamente en la ficha</translation>
    </message>
    <message>
        <source>How to reach them</source>
        <translation>Cómo ponerse en contacto</translation>
    </message>
    <message>
        <source>No e-mail address or phone number yet.</source>
        <translation>Aún no hay dirección de correo electrónico ni número de teléfono.</translation>
    </message>
    <message>
        <source>How you know them</source>
        <translation>De qué se conocen</translation>
    </message>
    <message>
        <source>Path to you</source>
        <translation>Camino hasta usted</translation>
    </message>
    <message>
        <source>Copy opening line</source>
        <translation>Copiar frase de presentación</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Log a meeting...</source>
        <translation>Registrar una reunión...</translation>
    </message>
    <message>
        <source>Log a meeting</source>
        <translation>Registrar una reunión</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Redactar</translation>
    </message>
    <message>
        <source>Compose a message</source>
        <translation>Redactar un mensaje</translation>
    </message>
    <message>
        <source>What was said</source>
        <translation>Qué se dijo</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Registrar una llamada</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Registrar un correo electrónico</translation>
    </message>
    <message>
        <source>More things to log</source>
        <translation>Más cosas que registrar</translation>
    </message>
    <message>
        <source>This contact cannot be shown</source>
        <translation>No se puede mostrar este contacto</translation>
    </message>
    <message>
        <source>Photo of {name}</source>
        <translation>Foto de {name}</translation>
    </message>
    <message>
        <source>Used to work at {companies}</source>
        <translation>Trabajó antes en {companies}</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} en {company}</translation>
    </message>
    <message>
        <source>Lead: {value}</source>
        <translation>Cálido o frío: {value}</translation>
    </message>
    <message>
        <source>Choose warm or cold</source>
        <translation>Elija cálido o frío</translation>
    </message>
    <message>
        <source>Warm or cold lead: click to change</source>
        <translation>Contacto cálido o frío: haga clic para cambiarlo</translation>
    </message>
    <message>
        <source>Status: {value}</source>
        <translation>Estado: {value}</translation>
    </message>
    <message>
        <source>Choose where this contact stands</source>
        <translation>Elija en qué punto está este contacto</translation>
    </message>
    <message>
        <source>Status: click to change</source>
        <translation>Estado: haga clic para cambiarlo</translation>
    </message>
    <message>
        <source>Copy e-mail address {value}</source>
        <translation>Copiar la dirección de correo electrónico {value}</translation>
    </message>
    <message>
        <source>Write to {value}</source>
        <translation>Escribir a {value}</translation>
    </message>
    <message>
        <source>Call {value}</source>
        <translation>Llamar al {value}</translation>
    </message>
    <message>
        <source>Copy phone number {value}</source>
        <translation>Copiar el número de teléfono {value}</translation>
    </message>
    <message>
        <source>Open {value}</source>
        <translation>Abrir {value}</translation>
    </message>
    <message>
        <source>Copy link {value}</source>
        <translation>Copiar el enlace {value}</translation>
    </message>
    <message>
        <source>Copy address {value}</source>
        <translation>Copiar la dirección {value}</translation>
    </message>
    <message>
        <source>Copied {value}</source>
        <translation>Copiado: {value}</translation>
    </message>
    <message>
        <source>“{value}” is not an e-mail address a mail program can take.</source>
        <translation>«{value}» no es una dirección de correo electrónico que un programa de correo pueda aceptar.</translation>
    </message>
    <message>
        <source>No program on this computer opens {kind} links.</source>
        <translation>Ningún programa de este equipo abre los enlaces de tipo {kind}.</translation>
    </message>
    <message>
        <source>You know {name} directly: {relationship}.</source>
        <translation>Conoce a {name} directamente: {relationship}.</translation>
    </message>
    <message>
        <source>How you met: {how}</source>
        <translation>Cómo se conocieron: {how}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln more introductions</source>
        <translation>
            <numerusform>%Ln presentación más</numerusform>
            <numerusform>%Ln presentaciones más</numerusform>
        </translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Recomendado por {name}</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>Why: {reason}</source>
        <translation>Motivo: {reason}</translation>
    </message>
    <message>
        <source>{name} suggested I give you a call.</source>
        <translation>{name} me sugirió que hablara con usted.</translation>
    </message>
    <message>
        <source>Opening line copied</source>
        <translation>Frase de presentación copiada</translation>
    </message>
    <message>
        <source>Write to {name} from a template</source>
        <translation>Escribir a {name} a partir de una plantilla</translation>
    </message>
</context>
<context>
    <name>ContactEditing</name>
    <message>
        <source>This contact cannot be opened</source>
        <translation>No se puede abrir este contacto</translation>
    </message>
    <message>
        <source>This contact is damaged in the file ({problem}), so it cannot be edited. The rest of your network works as before; File &gt; Restore from backup... brings back the last good copy.</source>
        <translation>Este contacto está dañado en el archivo ({problem}), por lo que no se puede editar. El resto de su red funciona como siempre; Archivo &gt; Restaurar desde copia de seguridad... recupera la última copia correcta.</translation>
    </message>
    <message>
        <source>The contact was not saved.</source>
        <translation>No se guardó el contacto.</translation>
    </message>
    <message>
        <source>The contacts were not deleted.</source>
        <translation>No se eliminaron los contactos.</translation>
    </message>
    <message>
        <source>Delete contacts</source>
        <translation>Eliminar contactos</translation>
    </message>
    <message>
        <source>Delete {name}?</source>
        <translation>¿Eliminar a {name}?</translation>
    </message>
    <message numerus="yes">
        <source>Delete these %Ln contacts?</source>
        <translation>
            <numerusform>¿Eliminar %Ln contacto?</numerusform>
            <numerusform>¿Eliminar estos %Ln contactos?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete this contact</source>
        <translation>&amp;Eliminar este contacto</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln contacts</source>
        <translation>
            <numerusform>&amp;Eliminar %Ln contacto</numerusform>
            <numerusform>&amp;Eliminar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarlo</translation>
    </message>
    <message>
        <source>&amp;Keep them</source>
        <translation>&amp;Conservarlos</translation>
    </message>
    <message>
        <source>People they referred move up to whoever referred them. You can undo this with {shortcut}.</source>
        <translation>Las personas que llegaron a través de ellos pasan a depender de quien los recomendó. Puede deshacerlo con {shortcut}.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>E-mail, phone, address</source>
        <translation>Correo, teléfono, dirección</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>Red de contactos</translation>
    </message>
    <message>
        <source>What you talked about, what they care about...</source>
        <translation>De qué hablaron, qué le importa a esta persona...</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>This contact is damaged in the file: {damage}. The editor shows a neutral value instead. Save stores what you see here; Cancel leaves the contact as it is; File &gt; Restore from backup... brings back the last good copy.</source>
        <translation>Este contacto está dañado en el archivo: {damage}. El editor muestra en su lugar un valor neutro. Guardar almacena lo que ve aquí; Cancelar deja el contacto como está; Archivo &gt; Restaurar desde copia de seguridad... recupera la última copia correcta.</translation>
    </message>
    <message>
        <source>As you would write it on an envelope</source>
        <translation>Como lo escribiría en un sobre</translation>
    </message>
    <message>
        <source>1985-04-15, or --04-15 without the year</source>
        <translation>1985-04-15, o --04-15 sin el año</translation>
    </message>
    <message>
        <source>Where and how you first met</source>
        <translation>Dónde y cómo se conocieron</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>Nombre de pi&amp;la:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>A&amp;pellidos:</translation>
    </message>
    <message>
        <source>Nic&amp;kname:</source>
        <translation>Ap&amp;odo:</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Departamento:</translation>
    </message>
    <message>
        <source>&amp;Relationship:</source>
        <translation>&amp;Relación:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>C&amp;argo:</translation>
    </message>
    <message>
        <source>Used to &amp;work at:</source>
        <translation>Traba&amp;jó antes en:</translation>
    </message>
    <message>
        <source>Birthda&amp;y:</source>
        <translation>C&amp;umpleaños:</translation>
    </message>
    <message>
        <source>War&amp;m or cold:</source>
        <translation>Cálido o &amp;frío:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>&amp;How you met:</source>
        <translation>Cómo &amp;se conocieron:</translation>
    </message>
    <message>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <source>Choose...</source>
        <translation>Elegir...</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elija una foto</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.gif *.bmp)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.gif *.bmp)</translation>
    </message>
    <message>
        <source>That file is not a picture NetDesk can read.</source>
        <translation>Ese archivo no es una imagen que NetDesk pueda leer.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@example.com</translation>
    </message>
    <message>
        <source>Add e-mail</source>
        <translation>Añadir correo electrónico</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Kind of e-mail address</source>
        <translation>Tipo de dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Remove this e-mail address</source>
        <translation>Quitar esta dirección de correo electrónico</translation>
    </message>
    <message>
        <source>+1 555 0100</source>
        <translation>+1 555 0100</translation>
    </message>
    <message>
        <source>Add phone</source>
        <translation>Añadir teléfono</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>Kind of phone number</source>
        <translation>Tipo de número de teléfono</translation>
    </message>
    <message>
        <source>Remove this phone number</source>
        <translation>Quitar este número de teléfono</translation>
    </message>
    <message>
        <source>https://www.linkedin.com/in/...</source>
        <translation>https://www.linkedin.com/in/...</translation>
    </message>
    <message>
        <source>Add link</source>
        <translation>Añadir enlace</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Kind of link</source>
        <translation>Tipo de enlace</translation>
    </message>
    <message>
        <source>Remove this link</source>
        <translation>Quitar este enlace</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Links:</source>
        <translation>Enlaces:</translation>
    </message>
    <message>
        <source>Who suggested you meet? Start typing a name</source>
        <translation>¿Quién le sugirió este contacto? Empiece a escribir un nombre</translation>
    </message>
    <message>
        <source>What they said, e.g. “knows everyone in logistics”</source>
        <translation>Lo que le dijeron, p. ej. «conoce a todo el mundo en logística»</translation>
    </message>
    <message>
        <source>They will call ahead to introduce me</source>
        <translation>Llamará antes para presentarme</translation>
    </message>
    <message>
        <source>Known</source>
        <translation>Conocida</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prevista</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Comma-separated, e.g. logistics, Berlin</source>
        <translation>Separadas por comas, p. ej. logística, Berlín</translation>
    </message>
    <message>
        <source>Tags in use: {tags}</source>
        <translation>Etiquetas en uso: {tags}</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Reco&amp;mendado por:</translation>
    </message>
    <message>
        <source>Referral note:</source>
        <translation>Nota de recomendación:</translation>
    </message>
    <message>
        <source>&amp;Last contact:</source>
        <translation>&amp;Último contacto:</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation>Pró&amp;ximo seguimiento:</translation>
    </message>
    <message>
        <source>Kee&amp;p in touch:</source>
        <translation>Mantener el contacto (r&amp;itmo):</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>E&amp;tiquetas:</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Se le da bien</translation>
    </message>
    <message>
        <source>What you could send people their way for</source>
        <translation>Para qué podría enviarle a otras personas</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>What they need, that you might help with</source>
        <translation>Lo que necesita y en lo que usted podría ayudar</translation>
    </message>
    <message>
        <source>Good a&amp;t:</source>
        <translation>Se le da &amp;bien:</translation>
    </message>
    <message>
        <source>N&amp;eeds:</source>
        <translation>Lo &amp;que necesita:</translation>
    </message>
    <message>
        <source>Choose the referrer from the list, or clear the field.</source>
        <translation>Elija de la lista quién lo recomendó, o vacíe el campo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ContactFilterBar</name>
    <message>
        <source>Search names, companies, e-mails, notes, tags...</source>
        <translation>Buscar nombres, empresas, correos electrónicos, notas, etiquetas...</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>Filters as you type ({shortcut})</source>
        <translation>Filtra mientras escribe ({shortcut})</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Any relationship</source>
        <translation>Cualquier relación</translation>
    </message>
    <message>
        <source>Warm and cold</source>
        <translation>Cálidos y fríos</translation>
    </message>
    <message>
        <source>Warm leads</source>
        <translation>Contactos cálidos</translation>
    </message>
    <message>
        <source>Cold leads</source>
        <translation>Contactos fríos</translation>
    </message>
    <message>
        <source>Any tag</source>
        <translation>Cualquier etiqueta</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrar por estado</translation>
    </message>
    <message>
        <source>Only the contacts with this status</source>
        <translation>Solo los contactos con este estado</translation>
    </message>
    <message>
        <source>Filter by relationship</source>
        <translation>Filtrar por relación</translation>
    </message>
    <message>
        <source>Only the contacts you know this way</source>
        <translation>Solo los contactos que conoce de esta manera</translation>
    </message>
    <message>
        <source>Filter by warm or cold</source>
        <translation>Filtrar por contactos cálidos o fríos</translation>
    </message>
    <message>
        <source>Only warm leads, or only cold ones</source>
        <translation>Solo los contactos cálidos o solo los fríos</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Filtrar por etiqueta</translation>
    </message>
    <message>
        <source>Only the contacts with this tag</source>
        <translation>Solo los contactos con esta etiqueta</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Pendientes esta semana</translation>
    </message>
    <message>
        <source>Only contacts with a follow-up due by Sunday, overdue ones included</source>
        <translation>Solo los contactos con un seguimiento pendiente hasta el domingo, incluidos los atrasados</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>Pendientes de mantener el contacto</translation>
    </message>
    <message>
        <source>Only the people whose keep-in-touch rhythm has passed since the last touch</source>
        <translation>Solo las personas cuyo ritmo para mantener el contacto ha vencido desde el último contacto</translation>
    </message>
    <message>
        <source>Show everyone: clear search and filters</source>
        <translation>Mostrar a todos: vaciar la búsqueda y los filtros</translation>
    </message>
    <message>
        <source>Show everyone</source>
        <translation>Mostrar a todos</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Warm/cold</source>
        <translation>Cálido/frío</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>damaged</source>
        <translation>dañado</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>overdue 1 day</source>
        <translation>atrasado 1 día</translation>
    </message>
    <message>
        <source>overdue {count} days</source>
        <translation>atrasado {count} días</translation>
    </message>
    <message>
        <source>(damaged: cannot be read)</source>
        <translation>(dañado: no se puede leer)</translation>
    </message>
    <message>
        <source>SQLite cannot read this row: the file is damaged</source>
        <translation>SQLite no puede leer esta fila: el archivo está dañado</translation>
    </message>
    <message>
        <source>This contact is damaged in the file: {problem}</source>
        <translation>Este contacto está dañado en el archivo: {problem}</translation>
    </message>
    <message>
        <source>Follow-up overdue: it was due on {date}</source>
        <translation>Seguimiento atrasado: vencía el {date}</translation>
    </message>
    <message>
        <source>Warm lead: someone who already knows you</source>
        <translation>Contacto cálido: alguien que ya le conoce</translation>
    </message>
    <message>
        <source>Cold lead</source>
        <translation>Contacto frío</translation>
    </message>
</context>
<context>
    <name>ContactTableView</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>The people found: Enter or a double click opens the editor of the current one</source>
        <translation>Las personas encontradas: Intro o un doble clic abre el editor de la persona seleccionada</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>{value} %</source>
        <translation>{value} %</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Panel</translation>
    </message>
    <message>
        <source>Span shown</source>
        <translation>Periodo mostrado</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Últimas 12 semanas</translation>
    </message>
    <message>
        <source>Last 26 weeks</source>
        <translation>Últimas 26 semanas</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Toda la campaña</translation>
    </message>
    <message>
        <source>How far back the charts look</source>
        <translation>Hasta dónde se remontan los gráficos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Meetings per week</source>
        <translation>Reuniones por semana</translation>
    </message>
    <message>
        <source>No meeting held yet in this span.</source>
        <translation>Aún no se ha celebrado ninguna reunión en este periodo.</translation>
    </message>
    <message>
        <source>Names obtained per meeting</source>
        <translation>Nombres obtenidos por reunión</translation>
    </message>
    <message>
        <source>No meeting held yet: ask for two names in every meeting.</source>
        <translation>Aún no se ha celebrado ninguna reunión: pida dos nombres en cada reunión.</translation>
    </message>
    <message>
        <source>People in the network, by generation</source>
        <translation>Personas en la red, por generación</translation>
    </message>
    <message>
        <source>Nobody in the network yet.</source>
        <translation>Aún no hay nadie en la red.</translation>
    </message>
    <message>
        <source>Two per meeting: the people you knew directly, plus two for every meeting held.</source>
        <translation>Dos por reunión: las personas que conocía directamente, más dos por cada reunión celebrada.</translation>
    </message>
    <message>
        <source>Leads that led to a meeting</source>
        <translation>Contactos que acabaron en una reunión</translation>
    </message>
    <message>
        <source>Nobody added in this span.</source>
        <translation>No se añadió a nadie en este periodo.</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>Notas de agradecimiento</translation>
    </message>
    <message>
        <source>No thank-you note was due in this span.</source>
        <translation>Ninguna nota de agradecimiento vencía en este periodo.</translation>
    </message>
    <message>
        <source>Opportunity funnel</source>
        <translation>Embudo de oportunidades</translation>
    </message>
    <message>
        <source>Nothing in the funnel yet.</source>
        <translation>Aún no hay nada en el embudo.</translation>
    </message>
    <message>
        <source>Who introduced the most people</source>
        <translation>Quién le presentó a más personas</translation>
    </message>
    <message>
        <source>Nobody has introduced anyone yet.</source>
        <translation>Aún nadie le ha presentado a nadie.</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Gráficos</translation>
    </message>
    <message>
        <source>The dashboard could not be read: {error}</source>
        <translation>No se pudo leer el panel: {error}</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <source>Names per meeting</source>
        <translation>Nombres por reunión</translation>
    </message>
    <message>
        <source>Goal: {goal} per meeting</source>
        <translation>Objetivo: {goal} por reunión</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people introduced; click to show them in Contacts</source>
        <translation>
            <numerusform>%Ln persona presentada; haga clic para mostrarla en Contactos</numerusform>
            <numerusform>%Ln personas presentadas; haga clic para mostrarlas en Contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Week of {day} ({week})</source>
        <translation>Semana del {day} ({week})</translation>
    </message>
    <message>
        <source>{week}
{names} names from {meetings} meetings: {ratio} per meeting (goal {goal})</source>
        <translation>{week}
Nombres: {names}; reuniones: {meetings}; {ratio} por reunión (objetivo {goal})</translation>
    </message>
    <message>
        <source>No meeting held in this span yet.</source>
        <translation>Aún no se ha celebrado ninguna reunión en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings held, {ratio} names per meeting (goal {goal}).</source>
        <translation>
            <numerusform>%Ln reunión celebrada, {ratio} nombres por reunión (objetivo {goal}).</numerusform>
            <numerusform>%Ln reuniones celebradas, {ratio} nombres por reunión (objetivo {goal}).</numerusform>
        </translation>
    </message>
    <message>
        <source>Generation {n}</source>
        <translation>Generación {n}</translation>
    </message>
    <message>
        <source>Generation {n} and beyond</source>
        <translation>Generación {n} y siguientes</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Two per meeting</source>
        <translation>Dos por reunión</translation>
    </message>
    <message>
        <source>{lead}: {met} of {people} met ({share})</source>
        <translation>{lead}: {met} de {people} con reunión ({share})</translation>
    </message>
    <message>
        <source>Sent on time</source>
        <translation>Enviadas a tiempo</translation>
    </message>
    <message>
        <source>by the day they were due</source>
        <translation>a más tardar el día previsto</translation>
    </message>
    <message>
        <source>Sent late</source>
        <translation>Enviadas con retraso</translation>
    </message>
    <message>
        <source>after the day they were due</source>
        <translation>después del día previsto</translation>
    </message>
    <message>
        <source>Not sent, overdue</source>
        <translation>Sin enviar, atrasadas</translation>
    </message>
    <message>
        <source>past the day they were due</source>
        <translation>pasado el día previsto</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Aún sin enviar</translation>
    </message>
    <message>
        <source>still within their window</source>
        <translation>aún dentro de su plazo</translation>
    </message>
    <message>
        <source>{count} ({share})</source>
        <translation>{count} ({share})</translation>
    </message>
    <message>
        <source>{name}: {count} of {due} notes, {what}</source>
        <translation>{name}: {count} de {due} notas, {what}</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>people added</source>
        <translation>personas añadidas</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Reunión realizada</translation>
    </message>
    <message>
        <source>people met at least once</source>
        <translation>personas con al menos una reunión</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Con recomendación</translation>
    </message>
    <message>
        <source>postings with an introduction</source>
        <translation>ofertas de empleo con una presentación</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidatura enviada</translation>
    </message>
    <message>
        <source>postings applied for</source>
        <translation>ofertas de empleo con candidatura enviada</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>En entrevistas</translation>
    </message>
    <message>
        <source>postings with an interview</source>
        <translation>ofertas de empleo con una entrevista</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta recibida</translation>
    </message>
    <message>
        <source>postings with an offer</source>
        <translation>ofertas de empleo con una oferta de contratación</translation>
    </message>
    <message>
        <source>{step}: {count} {what}</source>
        <translation>{step}: {count} {what}</translation>
    </message>
</context>
<context>
    <name>DatabaseProblemDialog</name>
    <message>
        <source>NetDesk cannot open the database</source>
        <translation>NetDesk no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>{name} is missing.</source>
        <translation>No se encuentra {name}.</translation>
    </message>
    <message>
        <source>{name} cannot be opened.</source>
        <translation>No se puede abrir {name}.</translation>
    </message>
    <message>
        <source>If it is on a drive that is not connected, connect it and choose Try again. Or locate the file, open another one, or start a new, empty database in NetDesk&apos;s own folder.</source>
        <translation>Si está en una unidad que no está conectada, conéctela y elija Volver a intentarlo. O localice el archivo, abra otro, o cree una base de datos nueva y vacía en la carpeta propia de NetDesk.</translation>
    </message>
    <message>
        <source>Restore its newest backup, or start with an empty database if you really want to begin again (the backups stay).</source>
        <translation>Restaure su copia de seguridad más reciente, o empiece con una base de datos vacía si de verdad quiere volver a empezar (las copias de seguridad se conservan).</translation>
    </message>
    <message>
        <source>Restoring a backup moves this file aside (renamed, never overwritten or deleted) and puts the backup in its place.</source>
        <translation>Al restaurar una copia de seguridad, este archivo se aparta (con otro nombre, nunca se sobrescribe ni se elimina) y la copia ocupa su lugar.</translation>
    </message>
    <message>
        <source>There is no backup of this file. It has been left as it is; you can open another database, or quit.</source>
        <translation>No hay ninguna copia de seguridad de este archivo. Se ha dejado tal como está; puede abrir otra base de datos o salir.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Open another file...</source>
        <translation>&amp;Abrir otro archivo...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Start a &amp;new database</source>
        <translation>Crear una base de datos &amp;nueva</translation>
    </message>
    <message>
        <source>Start &amp;empty</source>
        <translation>&amp;Empezar vacía</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>&amp;Locate it or open another...</source>
        <translation>&amp;Localizarla o abrir otra...</translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>ddd d MMM yyyy</source>
        <translation>ddd, d MMM yyyy</translation>
    </message>
    <message>
        <source>ddd d MMM yyyy HH:mm</source>
        <translation>ddd, d MMM yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>DaysEditor</name>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
</context>
<context>
    <name>DemoNetwork</name>
    <message>
        <source>Creating the demo network...</source>
        <translation>Creando la red de demostración...</translation>
    </message>
    <message>
        <source>The demo network could not be created</source>
        <translation>No se pudo crear la red de demostración</translation>
    </message>
</context>
<context>
    <name>Due</name>
    <message>
        <source>Thank-you note for the meeting on {day}.</source>
        <translation>Nota de agradecimiento por la reunión del {day}.</translation>
    </message>
    <message>
        <source>Their next follow-up date.</source>
        <translation>Su próxima fecha de seguimiento.</translation>
    </message>
    <message>
        <source>Apply by {day}: not applied for yet.</source>
        <translation>Solicitar hasta el {day}: aún sin enviar la candidatura.</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} en {company}</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}: last in touch on {day}.</source>
        <translation>Mantener el contacto {rhythm}: último contacto el {day}.</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}: not in touch since they were added.</source>
        <translation>Mantener el contacto {rhythm}: sin contacto desde que se añadió.</translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message>
        <source>Find &amp;duplicates...</source>
        <translation>Buscar &amp;duplicados...</translation>
    </message>
    <message>
        <source>Contacts that are probably the same person: merge them, or say they are not</source>
        <translation>Contactos que probablemente son la misma persona: fusiónelos o indique que no lo son</translation>
    </message>
    <message numerus="yes">
        <source>Merged %Ln contacts into {name}. {undo} puts them back.</source>
        <translation>
            <numerusform>Se fusionó %Ln contacto en {name}. {undo} lo deshace.</numerusform>
            <numerusform>Se fusionaron %Ln contactos en {name}. {undo} lo deshace.</numerusform>
        </translation>
    </message>
    <message>
        <source>The contacts were not merged.</source>
        <translation>No se fusionaron los contactos.</translation>
    </message>
    <message>
        <source>That was not saved.</source>
        <translation>No se guardó.</translation>
    </message>
    <message>
        <source>Select a group to see what merging it would keep.</source>
        <translation>Seleccione un grupo para ver qué se conservaría al fusionarlo.</translation>
    </message>
    <message>
        <source>Include this contact in the merge</source>
        <translation>Incluir este contacto en la fusión</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Se conserva</translation>
    </message>
    <message>
        <source>Merged into the kept one</source>
        <translation>Se fusiona en el conservado</translation>
    </message>
    <message>
        <source>Every field is the same in these contacts.</source>
        <translation>Todos los campos son iguales en estos contactos.</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vacío)</translation>
    </message>
    <message>
        <source>All, one after the other</source>
        <translation>Todas, una tras otra</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Nobody: I knew them</source>
        <translation>Nadie: ya lo conocía</translation>
    </message>
    <message>
        <source>Choose at least two contacts to merge.</source>
        <translation>Elija al menos dos contactos para fusionar.</translation>
    </message>
    <message>
        <source>E-mails</source>
        <translation>Correos electrónicos</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Teléfonos</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Direcciones</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>The merged contact keeps all of these:</source>
        <translation>El contacto fusionado conserva todos estos:</translation>
    </message>
    <message>
        <source>Moved to it: {items}</source>
        <translation>Se le traspasan: {items}</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Cálido o frío</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Cómo se conocieron</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Se le da bien</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>Keep in touch every (days)</source>
        <translation>Mantener el contacto cada (días)</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadido</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Find duplicates</source>
        <translation>Buscar duplicados</translation>
    </message>
    <message>
        <source>Search &amp;again</source>
        <translation>Volver a &amp;buscar</translation>
    </message>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>&amp;Not duplicates</source>
        <translation>&amp;No son duplicados</translation>
    </message>
    <message>
        <source>These are different people: do not offer them as duplicates again</source>
        <translation>Son personas distintas: no volver a ofrecerlas como duplicados</translation>
    </message>
    <message>
        <source>Looking for contacts that are the same person...</source>
        <translation>Buscando contactos que son la misma persona...</translation>
    </message>
    <message>
        <source>Duplicates could not be searched: {error}</source>
        <translation>No se pudieron buscar duplicados: {error}</translation>
    </message>
    <message>
        <source>No duplicates found.</source>
        <translation>No se encontraron duplicados.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln groups of contacts that may be the same person.</source>
        <translation>
            <numerusform>%Ln grupo de contactos que pueden ser la misma persona.</numerusform>
            <numerusform>%Ln grupos de contactos que pueden ser la misma persona.</numerusform>
        </translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>mismo correo electrónico</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>mismo teléfono</translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation>mismo perfil de LinkedIn</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nombre parecido</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %Ln contacts</source>
        <translation>
            <numerusform>&amp;Fusionar %Ln contacto</numerusform>
            <numerusform>&amp;Fusionar %Ln contactos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EmptyStatePanel</name>
    <message>
        <source>Start your networking campaign</source>
        <translation>Comience su campaña de networking</translation>
    </message>
    <message>
        <source>Most jobs are filled through people. Begin with the people you already know: family, friends, former co-workers. They are your warm leads.</source>
        <translation>La mayoría de los empleos se cubren a través de personas. Empiece por las que ya conoce: familia, amistades, antiguos colegas. Son sus contactos cálidos.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Añadir un contacto</translation>
    </message>
    <message>
        <source>Open the demo network</source>
        <translation>Abrir la red de demostración</translation>
    </message>
    <message>
        <source>Try NetDesk out on {n} made-up people, in a demo file of its own: your contacts are never touched. File &gt; Open database brings you back.</source>
        <translation>Pruebe NetDesk con {n} personas ficticias, en un archivo de demostración aparte: sus contactos nunca se tocan. Archivo &gt; Abrir base de datos le devuelve a los suyos.</translation>
    </message>
    <message>
        <source>Or drop your address book here (.vcf or .csv from your phone, Outlook, Gmail or LinkedIn) to bring in your contacts.</source>
        <translation>O arrastre aquí su libreta de direcciones (.vcf o .csv de su teléfono, Outlook, Gmail o LinkedIn) para traer sus contactos.</translation>
    </message>
    <message>
        <source>Choose files...</source>
        <translation>Elegir archivos...</translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message>
        <source>First sync with {server}</source>
        <translation>Primera sincronización con {server}</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. People found on both sides are merged into one contact, unless you keep them apart; everyone else is added here. After this first sync, NetDesk keeps both sides up to date on its own.</source>
        <translation>Todavía no se ha cambiado nada. Las personas que están en ambos lados se fusionan en un solo contacto, salvo que las mantenga separadas; todas las demás se añaden aquí. Tras esta primera sincronización, NetDesk mantiene ambos lados al día por sí solo.</translation>
    </message>
    <message>
        <source>People on the server</source>
        <translation>Personas en el servidor</translation>
    </message>
    <message>
        <source>&amp;Merge all matches</source>
        <translation>&amp;Fusionar todas las coincidencias</translation>
    </message>
    <message>
        <source>&amp;Keep all apart</source>
        <translation>&amp;No fusionar ninguna</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Sincronizar</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people on the server.</source>
        <translation>
            <numerusform>%Ln persona en el servidor.</numerusform>
            <numerusform>%Ln personas en el servidor.</numerusform>
        </translation>
    </message>
    <message>
        <source>{merge} to merge with contacts here, {new} to add.</source>
        <translation>{merge} para fusionar con contactos de aquí, {new} para añadir.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Skip this file</source>
        <translation>Omitir este archivo</translation>
    </message>
    <message>
        <source>People in the files</source>
        <translation>Personas en los archivos</translation>
    </message>
    <message>
        <source>Check all</source>
        <translation>Marcar todo</translation>
    </message>
    <message>
        <source>Uncheck all</source>
        <translation>Desmarcar todo</translation>
    </message>
    <message>
        <source>Merge all matches</source>
        <translation>Fusionar todas las coincidencias</translation>
    </message>
    <message>
        <source>Import all matches as new</source>
        <translation>Importar todas las coincidencias como nuevas</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Only matches</source>
        <translation>Solo coincidencias</translation>
    </message>
    <message>
        <source>Only new people</source>
        <translation>Solo personas nuevas</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Problems in the files</source>
        <translation>Problemas en los archivos</translation>
    </message>
    <message>
        <source>Mark them all &amp;warm (people you know)</source>
        <translation>Marcar a todos como &amp;cálidos (personas que ya conoce)</translation>
    </message>
    <message>
        <source>Everyone imported, new or merged, becomes a warm lead</source>
        <translation>Todas las personas importadas, nuevas o fusionadas, pasan a ser contactos cálidos</translation>
    </message>
    <message>
        <source>No tag</source>
        <translation>Sin etiqueta</translation>
    </message>
    <message>
        <source>Everyone imported gets this tag, so you can find them as a group; empty: none</source>
        <translation>Todas las personas importadas reciben esta etiqueta, para que pueda encontrarlas como grupo; vacío: ninguna</translation>
    </message>
    <message>
        <source>Tag for everyone imported</source>
        <translation>Etiqueta para todas las personas importadas</translation>
    </message>
    <message>
        <source>&amp;Tag them all:</source>
        <translation>&amp;Etiquetar a todos:</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>Leyendo {name}...</translation>
    </message>
    <message>
        <source>Reading {n} files and folders...</source>
        <translation>Leyendo {n} archivos y carpetas...</translation>
    </message>
    <message>
        <source>The files could not be read</source>
        <translation>No se pudieron leer los archivos</translation>
    </message>
    <message>
        <source>Looking for people you already have...</source>
        <translation>Buscando personas que ya tiene...</translation>
    </message>
    <message>
        <source>The files could not be compared</source>
        <translation>No se pudieron comparar los archivos</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>No se encontraron problemas.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln problems found:</source>
        <translation>
            <numerusform>Se encontró %Ln problema:</numerusform>
            <numerusform>Se encontraron %Ln problemas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people found: {new} new</source>
        <translation>
            <numerusform>%Ln persona encontrada; nuevas: {new}</numerusform>
            <numerusform>%Ln personas encontradas; nuevas: {new}</numerusform>
        </translation>
    </message>
    <message>
        <source>, {matching} already in NetDesk</source>
        <translation>, ya en NetDesk: {matching}</translation>
    </message>
    <message>
        <source>, {twice} more than once in these files</source>
        <translation>, más de una vez en estos archivos: {twice}</translation>
    </message>
    <message>
        <source> ({merge} to merge)</source>
        <translation> (para fusionar: {merge})</translation>
    </message>
    <message>
        <source>{n} only maybe the same person (another UID, or one UID for different people): imported as new unless you choose Merge.</source>
        <translation>Posiblemente la misma persona (otro UID, o un mismo UID para personas distintas): {n}; se importan como nuevas salvo que elija Fusionar.</translation>
    </message>
    <message>
        <source>{n} unchecked will not be imported.</source>
        <translation>Sin marcar (no se importarán): {n}.</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Importando...</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was changed.</source>
        <translation>Se canceló la importación; no se cambió nada.</translation>
    </message>
    <message>
        <source>The contacts were not imported</source>
        <translation>No se importaron los contactos</translation>
    </message>
    <message>
        <source>Nothing was changed in your contacts.</source>
        <translation>No se cambió nada en sus contactos.</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Cancelando...</translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message>
        <source>vCard 4.0 (*.vcf)</source>
        <translation>vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>vCard 3.0, for older phones (*.vcf)</source>
        <translation>vCard 3.0, para teléfonos antiguos (*.vcf)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import contacts...</source>
        <translation>&amp;Importar contactos...</translation>
    </message>
    <message>
        <source>Bring in contacts from vCard (.vcf) or CSV files: phones, Outlook, Gmail, LinkedIn</source>
        <translation>Traer contactos desde archivos vCard (.vcf) o CSV: teléfonos, Outlook, Gmail, LinkedIn</translation>
    </message>
    <message>
        <source>E&amp;xport contacts...</source>
        <translation>E&amp;xportar contactos...</translation>
    </message>
    <message>
        <source>Save contacts (the selected ones, or everyone) as vCard or CSV</source>
        <translation>Guardar contactos (los seleccionados o todos) como vCard o CSV</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contact files (*.vcf *.vcard *.csv);;All files (*)</source>
        <translation>Archivos de contactos (*.vcf *.vcard *.csv);;Todos los archivos (*)</translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln contacts</source>
        <translation>
            <numerusform>Importar %Ln contacto</numerusform>
            <numerusform>Importar %Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>Imported {new} new contacts, merged {merged} into existing ones.</source>
        <translation>Contactos nuevos importados: {new}; fusionados con contactos existentes: {merged}.</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln selected contacts, or everyone?</source>
        <translation>
            <numerusform>¿Exportar %Ln contacto seleccionado o todos?</numerusform>
            <numerusform>¿Exportar los %Ln contactos seleccionados o todos?</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Selección</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Exporting contacts...</source>
        <translation>Exportando contactos...</translation>
    </message>
    <message>
        <source>Exporting contacts to {name}...</source>
        <translation>Exportando contactos a {name}...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The contacts were not exported</source>
        <translation>No se exportaron los contactos</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to {name}</source>
        <translation>
            <numerusform>Se exportó %Ln contacto a {name}</numerusform>
            <numerusform>Se exportaron %Ln contactos a {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMatch</name>
    <message>
        <source>same e-mail {value}</source>
        <translation>mismo correo electrónico {value}</translation>
    </message>
    <message>
        <source>same LinkedIn profile</source>
        <translation>mismo perfil de LinkedIn</translation>
    </message>
    <message>
        <source>same phone {value}</source>
        <translation>mismo teléfono {value}</translation>
    </message>
    <message>
        <source>same name and organization</source>
        <translation>mismo nombre y misma organización</translation>
    </message>
    <message>
        <source>same UID</source>
        <translation>mismo UID</translation>
    </message>
    <message>
        <source>same UID, but no name, e-mail or phone in common</source>
        <translation>mismo UID, pero sin nombre, correo electrónico ni teléfono en común</translation>
    </message>
    <message>
        <source>same name and phone {value}</source>
        <translation>mismo nombre y mismo teléfono {value}</translation>
    </message>
    <message>
        <source>{reason} (as {name} here)</source>
        <translation>{reason} (aquí como {name})</translation>
    </message>
    <message>
        <source>{reason}, also in this import</source>
        <translation>{reason}, también en esta importación</translation>
    </message>
</context>
<context>
    <name>InterviewCountry</name>
    <message>
        <source>This turned into &amp;interview country</source>
        <translation>La reunión &amp;derivó en una entrevista</translation>
    </message>
    <message>
        <source>They raised the ante: the talk turned to a job of theirs. Saving links the posting to this meeting and moves it to Interviewing.</source>
        <translation>La conversación subió de nivel: pasó a tratar de un puesto en la empresa de su interlocutor. Al guardar, la oferta de empleo se vincula a esta reunión y pasa a la etapa «En entrevistas».</translation>
    </message>
    <message>
        <source>Posting the meeting was about</source>
        <translation>Oferta de empleo de la que se habló en la reunión</translation>
    </message>
    <message>
        <source>Which posting? Type a title or a company</source>
        <translation>¿Qué oferta de empleo? Escriba un puesto o una empresa</translation>
    </message>
    <message>
        <source>{title} at {company} ({stage})</source>
        <translation>{title} en {company} ({stage})</translation>
    </message>
    <message>
        <source>There is no open posting yet. Add it on the Postings page, then tick this again.</source>
        <translation>Aún no hay ninguna oferta de empleo abierta. Añádala en la página Ofertas de empleo y vuelva a marcar esta casilla.</translation>
    </message>
    <message>
        <source>Saving links the posting to this meeting and moves it to Interviewing.</source>
        <translation>Al guardar, la oferta de empleo se vincula a esta reunión y pasa a la etapa «En entrevistas».</translation>
    </message>
</context>
<context>
    <name>KeepInTouch</name>
    <message>
        <source>every day</source>
        <translation>cada día</translation>
    </message>
    <message>
        <source>every week</source>
        <translation>cada semana</translation>
    </message>
    <message>
        <source>every {count} weeks</source>
        <translation>cada {count} semanas</translation>
    </message>
    <message>
        <source>every month</source>
        <translation>cada mes</translation>
    </message>
    <message>
        <source>every year</source>
        <translation>cada año</translation>
    </message>
    <message>
        <source>every {count} days</source>
        <translation>cada {count} días</translation>
    </message>
    <message>
        <source>{referrer} gave you {name}&apos;s name today.</source>
        <translation>{referrer} le dio hoy el nombre de {name}.</translation>
    </message>
    <message>
        <source>{referrer} gave you {name}&apos;s name yesterday.</source>
        <translation>{referrer} le dio ayer el nombre de {name}.</translation>
    </message>
    <message>
        <source>{referrer} gave you {name}&apos;s name {days} days ago.</source>
        <translation>{referrer} le dio el nombre de {name} hace {days} días.</translation>
    </message>
    <message>
        <source>{name} has helped you {count} times and you have not returned it.</source>
        <translation>{name} le ha ayudado {count} veces y usted aún no le ha devuelto el favor.</translation>
    </message>
    <message>
        <source>{name} has helped you {count} times since you last did something for them.</source>
        <translation>{name} le ha ayudado {count} veces desde la última vez que usted hizo algo por esta persona.</translation>
    </message>
</context>
<context>
    <name>KnownThere</name>
    <message>
        <source>People you know at the company</source>
        <translation>Personas que conoce en la empresa</translation>
    </message>
    <message>
        <source>Looking for people you know at {company}…</source>
        <translation>Buscando personas que conoce en {company}…</translation>
    </message>
    <message>
        <source>The people there could not be read: {error}</source>
        <translation>No se pudieron leer las personas de esa empresa: {error}</translation>
    </message>
    <message>
        <source>Type the company to see whom you know there.</source>
        <translation>Escriba la empresa para ver a quién conoce allí.</translation>
    </message>
    <message>
        <source>{company} is new to NetDesk: nobody you know works there yet.</source>
        <translation>{company} es nueva en NetDesk: aún no conoce a nadie que trabaje allí.</translation>
    </message>
    <message>
        <source>Nobody you know works at {company}, used to, or knows someone there. Ask your warmest contacts whom they know there.</source>
        <translation>Nadie que usted conozca trabaja en {company}, ha trabajado allí ni conoce a alguien allí. Pregunte a sus contactos más cálidos a quién conocen en esa empresa.</translation>
    </message>
    <message>
        <source>Ask one of them for an introduction before you apply; double-click to link someone to the posting.</source>
        <translation>Pida a una de estas personas que le presente antes de enviar su candidatura; haga doble clic para vincular a alguien a la oferta de empleo.</translation>
    </message>
    <message numerus="yes">
        <source>Works there (%Ln)</source>
        <translation>
            <numerusform>Trabaja allí (%Ln)</numerusform>
            <numerusform>Trabajan allí (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used to work there (%Ln)</source>
        <translation>
            <numerusform>Trabajó allí (%Ln)</numerusform>
            <numerusform>Trabajaron allí (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One introduction away (%Ln)</source>
        <translation>
            <numerusform>A una presentación de distancia (%Ln)</numerusform>
            <numerusform>A una presentación de distancia (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more (see the Companies page)</source>
        <translation>
            <numerusform>y %Ln persona más (vea la página Empresas)</numerusform>
            <numerusform>y %Ln personas más (vea la página Empresas)</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} ({title})</source>
        <translation>{name} ({title})</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>To contact</source>
        <translation>Por contactar</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Contactado</translation>
    </message>
    <message>
        <source>Meeting set</source>
        <translation>Reunión concertada</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Reunión realizada</translation>
    </message>
    <message>
        <source>Keep in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Familia</translation>
    </message>
    <message>
        <source>Friend</source>
        <translation>Amistad</translation>
    </message>
    <message>
        <source>Neighbour</source>
        <translation>Vecino</translation>
    </message>
    <message>
        <source>Co-worker</source>
        <translation>Colega</translation>
    </message>
    <message>
        <source>Former co-worker</source>
        <translation>Excolega</translation>
    </message>
    <message>
        <source>Classmate / alumni</source>
        <translation>Compañero de estudios / exalumno</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Professional</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Association / club member</source>
        <translation>Miembro de asociación / club</translation>
    </message>
    <message>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Recruiter</source>
        <translation>Reclutador</translation>
    </message>
    <message>
        <source>Acquaintance</source>
        <translation>Conocido</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Cálido</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Frío</translation>
    </message>
    <message>
        <source>Direct contact</source>
        <translation>Contacto directo</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Thank-you note</source>
        <translation>Nota de agradecimiento</translation>
    </message>
    <message>
        <source>Call to make</source>
        <translation>Llamada pendiente</translation>
    </message>
    <message>
        <source>Other task</source>
        <translation>Otra tarea</translation>
    </message>
    <message>
        <source>Favour given</source>
        <translation>Favor hecho</translation>
    </message>
    <message>
        <source>Favour received</source>
        <translation>Favor recibido</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Researching</source>
        <translation>En estudio</translation>
    </message>
    <message>
        <source>Introduced</source>
        <translation>Con recomendación</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Candidatura retirada</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Told me about it</source>
        <translation>Me habló de la oferta</translation>
    </message>
    <message>
        <source>Referred me</source>
        <translation>Me recomendó</translation>
    </message>
    <message>
        <source>Hiring manager</source>
        <translation>Responsable de contratación</translation>
    </message>
    <message>
        <source>Met me about it</source>
        <translation>Se reunió conmigo al respecto</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Candidatura enviada</translation>
    </message>
    <message>
        <source>Look for leads</source>
        <translation>Buscar pistas de empleo</translation>
    </message>
    <message>
        <source>Learn about a career or company</source>
        <translation>Informarse sobre una profesión o empresa</translation>
    </message>
    <message>
        <source>Interview (the employer&apos;s)</source>
        <translation>Entrevista de trabajo (con la empresa)</translation>
    </message>
    <message>
        <source>Interviewing</source>
        <translation>En entrevistas</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Oferta recibida</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Oferta aceptada</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Oferta declinada</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rechazada</translation>
    </message>
</context>
<context>
    <name>LineEdit</name>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the text</source>
        <translation>Borrar el texto</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Type in the box to search</source>
        <translation>Escriba en el campo para buscar</translation>
    </message>
</context>
<context>
    <name>LinkedPeople</name>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>People linked to the posting</source>
        <translation>Personas vinculadas a la oferta de empleo</translation>
    </message>
    <message>
        <source>Nobody yet. Link whoever told you about it, referred you or will interview you: their help counts in your numbers.</source>
        <translation>Nadie todavía. Vincule a quien le habló de la oferta, le recomendó o le hará la entrevista: su ayuda cuenta en sus cifras.</translation>
    </message>
    <message>
        <source>Type a name to link someone…</source>
        <translation>Escriba un nombre para vincular a alguien…</translation>
    </message>
    <message>
        <source>Person to link</source>
        <translation>Persona que vincular</translation>
    </message>
    <message>
        <source>Their role</source>
        <translation>Rol de la persona</translation>
    </message>
    <message>
        <source>&amp;Link</source>
        <translation>V&amp;incular</translation>
    </message>
    <message>
        <source>Link this person to the posting in this role</source>
        <translation>Vincular a esta persona a la oferta de empleo con este rol</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Unlink the selected person</source>
        <translation>Desvincular a la persona seleccionada</translation>
    </message>
    <message>
        <source>{name} is already linked as “{role}”.</source>
        <translation>{name} ya figura con el rol «{role}».</translation>
    </message>
    <message>
        <source>Choose someone from your contacts: type a name and pick it.</source>
        <translation>Elija a alguien de sus contactos: escriba un nombre y selecciónelo.</translation>
    </message>
    <message>
        <source>Type the name of the person to link.</source>
        <translation>Escriba el nombre de la persona que quiere vincular.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;New contact...</source>
        <translation>&amp;Nuevo contacto...</translation>
    </message>
    <message>
        <source>Add a person to your network</source>
        <translation>Añadir una persona a su red</translation>
    </message>
    <message>
        <source>&amp;Edit contact...</source>
        <translation>&amp;Editar contacto...</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>&amp;Open database...</source>
        <translation>&amp;Abrir base de datos...</translation>
    </message>
    <message>
        <source>&amp;Print weekly sheet...</source>
        <translation>Im&amp;primir hoja semanal...</translation>
    </message>
    <message>
        <source>Preview, print or save as PDF the week&apos;s calls, meetings and thank-you notes</source>
        <translation>Previsualizar, imprimir o guardar como PDF las llamadas, reuniones y notas de agradecimiento de la semana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;About NetDesk</source>
        <translation>&amp;Acerca de NetDesk</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>&amp;Contactos</translation>
    </message>
    <message>
        <source>&amp;Referral tree</source>
        <translation>Árbol de &amp;recomendaciones</translation>
    </message>
    <message>
        <source>C&amp;ompanies</source>
        <translation>E&amp;mpresas</translation>
    </message>
    <message>
        <source>&amp;Postings</source>
        <translation>&amp;Ofertas de empleo</translation>
    </message>
    <message>
        <source>Network &amp;map</source>
        <translation>Mapa de la re&amp;d</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Columnas</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Wait until the change being saved is written, then open {name}.</source>
        <translation>Espere a que termine de escribirse el cambio que se está guardando y luego abra {name}.</translation>
    </message>
    <message>
        <source>{name} is open in another NetDesk window.</source>
        <translation>{name} está abierto en otra ventana de NetDesk.</translation>
    </message>
    <message>
        <source>NetDesk cannot open that database</source>
        <translation>NetDesk no puede abrir esa base de datos</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>Falló la búsqueda: {error}</translation>
    </message>
    <message>
        <source>{name} (read-only) - {app}</source>
        <translation>{name} (solo lectura) - {app}</translation>
    </message>
    <message>
        <source>{name} - {app}</source>
        <translation>{name} - {app}</translation>
    </message>
    <message>
        <source>About NetDesk</source>
        <translation>Acerca de NetDesk</translation>
    </message>
    <message>
        <source>NetDesk {version}</source>
        <translation>NetDesk {version}</translation>
    </message>
    <message>
        <source>Run your job-search networking as a campaign: warm leads, referral chains, short meetings, thank-you notes and follow-ups. Everything stays on this computer, in {path}.</source>
        <translation>Gestione como una campaña el networking de su búsqueda de empleo: contactos cálidos, cadenas de recomendaciones, reuniones breves, notas de agradecimiento y seguimientos. Todo se queda en este equipo, en {path}.</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <source>Network map</source>
        <translation>Mapa de la red</translation>
    </message>
    <message>
        <source>… {count} more …</source>
        <translation>… {count} más …</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>warm lead</source>
        <translation>contacto cálido</translation>
    </message>
    <message>
        <source>cold lead</source>
        <translation>contacto frío</translation>
    </message>
    <message>
        <source>{count} came through them</source>
        <translation>Llegaron a través de esta persona: {count}</translation>
    </message>
    <message>
        <source>No company</source>
        <translation>Sin empresa</translation>
    </message>
    <message>
        <source>{company} · {count}</source>
        <translation>{company} · {count}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln persona</numerusform>
            <numerusform>%Ln personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <source>What the map shows</source>
        <translation>Qué muestra el mapa</translation>
    </message>
    <message>
        <source>{status}: {meaning}</source>
        <translation>{status}: {meaning}</translation>
    </message>
    <message>
        <source>Filled: a warm lead, who already knows you</source>
        <translation>Relleno: un contacto cálido, que ya le conoce</translation>
    </message>
    <message>
        <source>Ring: a cold lead</source>
        <translation>Solo contorno: un contacto frío</translation>
    </message>
    <message>
        <source>Larger: more people came to you through them</source>
        <translation>Más grande: más personas llegaron hasta usted a través de esta persona</translation>
    </message>
    <message>
        <source>Each circle is a company, with the people you know there; the lines are introductions, across companies too. Drag a person onto another to change who referred them.</source>
        <translation>Cada círculo es una empresa, con las personas que conoce allí; las líneas son presentaciones, también entre empresas. Arrastre una persona sobre otra para cambiar quién la recomendó.</translation>
    </message>
    <message>
        <source>You are at the centre; each ring is one more introduction away. Drag a person onto another to change who referred them.</source>
        <translation>Usted está en el centro; cada anillo está a una presentación más de distancia. Arrastre a una persona sobre otra para cambiar quién la recomendó.</translation>
    </message>
</context>
<context>
    <name>MapOutput</name>
    <message>
        <source>Export...</source>
        <translation>Exportar...</translation>
    </message>
    <message>
        <source>Save the map as you see it: PNG, SVG or PDF</source>
        <translation>Guardar el mapa tal como se ve: PNG, SVG o PDF</translation>
    </message>
    <message>
        <source>Print...</source>
        <translation>Imprimir...</translation>
    </message>
    <message>
        <source>Print the map as you see it</source>
        <translation>Imprimir el mapa tal como se ve</translation>
    </message>
    <message>
        <source>Network map</source>
        <translation>Mapa de la red</translation>
    </message>
    <message>
        <source>Export the network map</source>
        <translation>Exportar el mapa de la red</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg);;Documento PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print the network map</source>
        <translation>Imprimir el mapa de la red</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>No se pudo escribir {path}.</translation>
    </message>
    <message>
        <source>Map not exported</source>
        <translation>Mapa no exportado</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <source>Network map</source>
        <translation>Mapa de la red</translation>
    </message>
    <message>
        <source>Find a person on the map</source>
        <translation>Buscar a una persona en el mapa</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole network (Ctrl+0)</source>
        <translation>Mostrar toda la red (Ctrl+0)</translation>
    </message>
    <message>
        <source>Fit everyone</source>
        <translation>Ajustar a todos</translation>
    </message>
    <message>
        <source>Show everyone, out to the end of the longest chain of introductions (Ctrl+Shift+0)</source>
        <translation>Mostrar a todos, hasta el final de la cadena de presentaciones más larga (Ctrl+Mayús+0)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Group by company</source>
        <translation>Agrupar por empresa</translation>
    </message>
    <message>
        <source>Show each company as a circle of its people, the referrals across them</source>
        <translation>Mostrar cada empresa como un círculo de sus personas, con las recomendaciones entre ellas</translation>
    </message>
    <message>
        <source>Copy the path</source>
        <translation>Copiar el camino</translation>
    </message>
    <message>
        <source>Placing everyone on the map</source>
        <translation>Colocando a todos en el mapa</translation>
    </message>
    <message>
        <source>Nobody on the map yet. Add the people you already know: they form the first ring around you, and everyone they introduce you to the rings beyond.</source>
        <translation>Aún no hay nadie en el mapa. Añada a las personas que ya conoce: forman el primer anillo a su alrededor, y todas las que le presenten, los anillos siguientes.</translation>
    </message>
    <message>
        <source>The map could not be read: {error}</source>
        <translation>No se pudo leer el mapa: {error}</translation>
    </message>
    <message>
        <source>Nobody on the map matches “{text}”.</source>
        <translation>Nadie en el mapa coincide con «{text}».</translation>
    </message>
</context>
<context>
    <name>MapTimeline</name>
    <message>
        <source>Play</source>
        <translation>Reproducir</translation>
    </message>
    <message>
        <source>Replay how the network grew, week by week</source>
        <translation>Volver a ver cómo creció la red, semana a semana</translation>
    </message>
    <message>
        <source>Week shown</source>
        <translation>Semana mostrada</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <source>Week of {day}: %Ln people</source>
        <translation>
            <numerusform>Semana del {day}: %Ln persona</numerusform>
            <numerusform>Semana del {day}: %Ln personas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorar)</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Página web</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Past employers</source>
        <translation>Empleadores anteriores</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Se le da bien</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>Connected on</source>
        <translation>Fecha de conexión</translation>
    </message>
    <message>
        <source>Unique ID (UID)</source>
        <translation>Identificador único (UID)</translation>
    </message>
    <message>
        <source>Referrer&apos;s UID</source>
        <translation>UID de quien lo recomendó</translation>
    </message>
    <message>
        <source>NetDesk does not know the columns of {name}. Say which column holds what; columns left at (ignore) are not imported.</source>
        <translation>NetDesk no conoce las columnas de {name}. Indique qué contiene cada columna; las columnas que queden en (ignorar) no se importan.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Column&lt;/b&gt;</source>
        <translation>&lt;b&gt;Columna&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Holds&lt;/b&gt;</source>
        <translation>&lt;b&gt;Contiene&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;First values&lt;/b&gt;</source>
        <translation>&lt;b&gt;Primeros valores&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
</context>
<context>
    <name>MeetingCountdown</name>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
    <message>
        <source>Count down the planned length while you meet, to keep your promise on time</source>
        <translation>Hacer la cuenta atrás de la duración prevista durante la reunión, para cumplir lo prometido en cuanto al tiempo</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Over time: thank them and offer to leave.</source>
        <translation>Tiempo cumplido: dé las gracias y ofrézcase a marcharse.</translation>
    </message>
    <message>
        <source>Time to ask for two names.</source>
        <translation>Es el momento de pedir dos nombres.</translation>
    </message>
</context>
<context>
    <name>MeetingForm</name>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>Who are you meeting?</source>
        <translation>¿Con quién se reúne?</translation>
    </message>
    <message>
        <source>What you want to learn from them</source>
        <translation>Lo que quiere aprender de esta persona</translation>
    </message>
    <message>
        <source>Agenda template</source>
        <translation>Plantilla de agenda</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Plantilla</translation>
    </message>
    <message>
        <source>Replace with the template</source>
        <translation>Sustituir por la plantilla</translation>
    </message>
    <message>
        <source>Save this agenda as the template</source>
        <translation>Guardar esta agenda como plantilla</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planificación</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Con:</translation>
    </message>
    <message>
        <source>Also wi&amp;th:</source>
        <translation>También c&amp;on:</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>C&amp;uándo:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Propósito:</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Agenda:</translation>
    </message>
    <message>
        <source>P&amp;lanned length:</source>
        <translation>Duración pre&amp;vista:</translation>
    </message>
    <message>
        <source>Countdown:</source>
        <translation>Cuenta atrás:</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>When the meeting ended; sets the actual length</source>
        <translation>Cuándo terminó la reunión; fija la duración real</translation>
    </message>
    <message>
        <source>ended at</source>
        <translation>terminó a las</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Recomendaciones</translation>
    </message>
    <message>
        <source>What came of it, in a line</source>
        <translation>Qué salió de ella, en una línea</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviada</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Seguimiento el</translation>
    </message>
    <message>
        <source>Afterwards</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>A&amp;ctual length:</source>
        <translation>Duración &amp;real:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Help received:</source>
        <translation>Ayuda recibida:</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Resu&amp;ltado:</translation>
    </message>
    <message>
        <source>Thank-you note:</source>
        <translation>Nota de agradecimiento:</translation>
    </message>
    <message>
        <source>Follow-up:</source>
        <translation>Seguimiento:</translation>
    </message>
    <message>
        <source>Job:</source>
        <translation>Puesto:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reason to call</source>
        <translation>Motivo para llamar</translation>
    </message>
    <message>
        <source>&amp;Delete meeting</source>
        <translation>&amp;Eliminar reunión</translation>
    </message>
    <message>
        <source>The meeting cannot end before it starts.</source>
        <translation>La reunión no puede terminar antes de empezar.</translation>
    </message>
    <message>
        <source>New meeting with {name}</source>
        <translation>Nueva reunión con {name}</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Nueva reunión</translation>
    </message>
    <message>
        <source>Meeting with {name}</source>
        <translation>Reunión con {name}</translation>
    </message>
    <message>
        <source>Save this meeting?</source>
        <translation>¿Guardar esta reunión?</translation>
    </message>
    <message>
        <source>Save it anyway?</source>
        <translation>¿Guardarla de todos modos?</translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation>&amp;Guardar de todos modos</translation>
    </message>
    <message>
        <source>&amp;Go back and change it</source>
        <translation>&amp;Volver y cambiarla</translation>
    </message>
    <message>
        <source>Choose the posting from the list, or untick it.</source>
        <translation>Elija la oferta de empleo de la lista, o desmarque la casilla.</translation>
    </message>
    <message>
        <source>Save meeting</source>
        <translation>Guardar reunión</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Añadir reunión</translation>
    </message>
    <message>
        <source>The meeting was not saved.</source>
        <translation>No se guardó la reunión.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Delete this meeting?</source>
        <translation>¿Eliminar esta reunión?</translation>
    </message>
    <message>
        <source>The meeting and its thank-you and follow-up tasks are deleted. The people they referred you to stay in your contacts.</source>
        <translation>Se eliminan la reunión y sus tareas de agradecimiento y de seguimiento. Los nombres que le dieron en ella siguen en sus contactos.</translation>
    </message>
    <message>
        <source>&amp;Delete this meeting</source>
        <translation>&amp;Eliminar esta reunión</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <source>Delete meeting</source>
        <translation>Eliminar reunión</translation>
    </message>
    <message>
        <source>The meeting was not deleted.</source>
        <translation>No se eliminó la reunión.</translation>
    </message>
    <message>
        <source>Discard this meeting?</source>
        <translation>¿Descartar esta reunión?</translation>
    </message>
    <message>
        <source>You have changed this meeting. Close without saving?</source>
        <translation>Ha cambiado esta reunión. ¿Cerrar sin guardar?</translation>
    </message>
    <message>
        <source>&amp;Discard the changes</source>
        <translation>&amp;Descartar los cambios</translation>
    </message>
    <message>
        <source>&amp;Keep editing</source>
        <translation>&amp;Seguir editando</translation>
    </message>
    <message>
        <source>Name they gave</source>
        <translation>Nombre que le dieron</translation>
    </message>
    <message>
        <source>Why you should talk to them</source>
        <translation>Por qué debería hablar con esta persona</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lo dio</translation>
    </message>
    <message>
        <source>Who at the meeting gave you this name</source>
        <translation>Quién de la reunión le dio este nombre</translation>
    </message>
    <message>
        <source>Calls ahead</source>
        <translation>Llama antes</translation>
    </message>
    <message>
        <source>They will call to introduce you first</source>
        <translation>Llamará primero para presentarle</translation>
    </message>
    <message>
        <source>Remove this name</source>
        <translation>Quitar este nombre</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>In your contacts</source>
        <translation>En sus contactos</translation>
    </message>
    <message>
        <source>This meeting becomes how you were referred to them</source>
        <translation>Esta reunión pasa a ser la forma en que le recomendaron a esta persona</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>A contact is created for this name when you save</source>
        <translation>Al guardar se crea un contacto para este nombre</translation>
    </message>
    <message>
        <source>Add someone else who was there</source>
        <translation>Añadir a otra persona que estuvo</translation>
    </message>
    <message>
        <source>Add this person to the meeting</source>
        <translation>Añadir a esta persona a la reunión</translation>
    </message>
    <message>
        <source>Add attendee</source>
        <translation>Añadir participante</translation>
    </message>
    <message>
        <source>Also attending</source>
        <translation>También asistieron</translation>
    </message>
    <message>
        <source>&amp;Remove from the meeting</source>
        <translation>&amp;Quitar de la reunión</translation>
    </message>
    <message>
        <source>{name} is already at this meeting.</source>
        <translation>{name} ya está en esta reunión.</translation>
    </message>
    <message>
        <source>Choose someone from your contacts.</source>
        <translation>Elija a alguien de sus contactos.</translation>
    </message>
</context>
<context>
    <name>MeetingKindHints</name>
    <message>
        <source>A short talk to learn where the openings are and to ask for two names: it is not a request for a job.</source>
        <translation>Una conversación breve para saber dónde hay vacantes y pedir dos nombres: no es una solicitud de empleo.</translation>
    </message>
    <message>
        <source>A short talk to learn how a career or a company really works, before you decide to pursue it.</source>
        <translation>Una conversación breve para saber cómo funciona de verdad una profesión o una empresa, antes de decidir si dedicarse a ella.</translation>
    </message>
    <message>
        <source>You approach a decision-maker directly about a need you could meet, without a posting.</source>
        <translation>Se dirige directamente a quien toma las decisiones por una necesidad que usted podría cubrir, sin que haya una oferta publicada.</translation>
    </message>
    <message>
        <source>A job interview for a position: prepare for their questions.</source>
        <translation>Una entrevista de trabajo para un puesto: prepárese para sus preguntas.</translation>
    </message>
    <message>
        <source>A group event (fair, association, conference): meet people, collect names.</source>
        <translation>Un evento en grupo (feria, asociación, congreso): conozca gente y reúna nombres.</translation>
    </message>
</context>
<context>
    <name>MeetingsIntegration</name>
    <message>
        <source>&amp;Log meeting...</source>
        <translation>Re&amp;gistrar reunión...</translation>
    </message>
    <message>
        <source>Plan or record a meeting with the current contact</source>
        <translation>Planificar o registrar una reunión con el contacto actual</translation>
    </message>
    <message>
        <source>Export &amp;calendar (.ics)...</source>
        <translation>Exportar &amp;calendario (.ics)...</translation>
    </message>
    <message>
        <source>Meetings and follow-ups as a file for your calendar application</source>
        <translation>Reuniones y seguimientos en un archivo para su aplicación de calendario</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge {company}</source>
        <translation>Fusionar {company}</translation>
    </message>
    <message>
        <source>Merge {company} into:</source>
        <translation>Fusionar {company} en:</translation>
    </message>
    <message>
        <source>The company to keep</source>
        <translation>La empresa que se conserva</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionar</translation>
    </message>
    <message>
        <source>That is the company being merged.</source>
        <translation>Esa es la empresa que se va a fusionar.</translation>
    </message>
    <message>
        <source>There is no company called {name}.</source>
        <translation>No hay ninguna empresa llamada {name}.</translation>
    </message>
    <message numerus="yes">
        <source>people who work there: %Ln</source>
        <translation>
            <numerusform>personas que trabajan allí: %Ln</numerusform>
            <numerusform>personas que trabajan allí: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>people who used to work there: %Ln</source>
        <translation>
            <numerusform>personas que trabajaron allí: %Ln</numerusform>
            <numerusform>personas que trabajaron allí: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>postings: %Ln</source>
        <translation>
            <numerusform>ofertas de empleo: %Ln</numerusform>
            <numerusform>ofertas de empleo: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>other names: %Ln</source>
        <translation>
            <numerusform>otros nombres: %Ln</numerusform>
            <numerusform>otros nombres: %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>{other} becomes part of {keep}, and “{other}” another name of {keep}.
Moving to {keep}: {moves}.
You can undo this.</source>
        <translation>{other} pasa a formar parte de {keep}, y «{other}» pasa a ser otro nombre de {keep}.
Pasan a {keep}: {moves}.
Puede deshacerlo.</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}</source>
        <translation>Fusionar {other} en {keep}</translation>
    </message>
    <message>
        <source>{other} is now part of {keep}.</source>
        <translation>{other} forma parte ahora de {keep}.</translation>
    </message>
    <message>
        <source>The companies were not merged.</source>
        <translation>No se fusionaron las empresas.</translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln reunión</numerusform>
            <numerusform>%Ln reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls, e-mails, notes</source>
        <translation>
            <numerusform>%Ln llamada, correo o nota</numerusform>
            <numerusform>%Ln llamadas, correos y notas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln tarea</numerusform>
            <numerusform>%Ln tareas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln favours</source>
        <translation>
            <numerusform>%Ln favor</numerusform>
            <numerusform>%Ln favores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people they referred</source>
        <translation>
            <numerusform>%Ln persona que recomendó</numerusform>
            <numerusform>%Ln personas que recomendó</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessagePlaceholders</name>
    <message>
        <source>The contact&apos;s first name.</source>
        <translation>El nombre de pila del contacto.</translation>
    </message>
    <message>
        <source>The contact&apos;s full name.</source>
        <translation>El nombre completo del contacto.</translation>
    </message>
    <message>
        <source>The contact&apos;s company or organization.</source>
        <translation>La empresa u organización del contacto.</translation>
    </message>
    <message>
        <source>The contact&apos;s job title.</source>
        <translation>El cargo del contacto.</translation>
    </message>
    <message>
        <source>The full name of whoever suggested you contact them.</source>
        <translation>El nombre completo de la persona que le recomendó este contacto.</translation>
    </message>
    <message>
        <source>The first name of whoever referred them.</source>
        <translation>El nombre de pila de la persona que le recomendó este contacto.</translation>
    </message>
    <message>
        <source>Why the referrer suggested them, as you would repeat it (“she told me you know everyone in logistics”).</source>
        <translation>Por qué le recomendaron a esta persona, tal como usted lo contaría («me dijo que conoce a todo el mundo en logística»).</translation>
    </message>
    <message>
        <source>Your own name, as set in Settings.</source>
        <translation>Su propio nombre, tal como figura en Configuración.</translation>
    </message>
    <message>
        <source>What you would like to talk about, as it would end the sentence “I’d value your thoughts on …” (“how planning teams work with carriers”).</source>
        <translation>De qué le gustaría hablar, tal como terminaría la frase «me gustaría mucho conocer su opinión sobre…» («cómo trabajan los equipos de planificación con los transportistas»).</translation>
    </message>
    <message>
        <source>How many minutes you ask for: the meeting&apos;s planned length, 15 unless you set another.</source>
        <translation>Cuántos minutos pide: la duración prevista de la reunión, 15 salvo que indique otra.</translation>
    </message>
    <message>
        <source>The day of the meeting.</source>
        <translation>El día de la reunión.</translation>
    </message>
    <message>
        <source>What they gave you at the meeting (information, names, introductions, referrals), as it would end “I’m grateful for …”.</source>
        <translation>Lo que le aportó en la reunión (información, nombres, presentaciones, recomendaciones), tal como terminaría «Le agradezco especialmente…».</translation>
    </message>
    <message>
        <source>What the contact is good at, as it would end “someone who needs help with …”.</source>
        <translation>En qué destaca el contacto, tal como terminaría «alguien que necesite ayuda con…».</translation>
    </message>
    <message>
        <source>What the contact needs, as it would end “you were looking for …”.</source>
        <translation>Lo que necesita el contacto, tal como terminaría «me comentó que buscaba…».</translation>
    </message>
    <message>
        <source>The title of the job (the posting).</source>
        <translation>El nombre del puesto (de la oferta de empleo).</translation>
    </message>
    <message>
        <source>The company of the job (the posting).</source>
        <translation>La empresa del puesto (de la oferta de empleo).</translation>
    </message>
    <message>
        <source>Everyone along the chain of introductions that led to the job, in order.</source>
        <translation>Todas las personas de la cadena de presentaciones que llevó al empleo, en orden.</translation>
    </message>
    <message>
        <source>the information you shared</source>
        <translation>la información que compartió conmigo</translation>
    </message>
    <message>
        <source>the names you suggested</source>
        <translation>los nombres que me sugirió</translation>
    </message>
    <message>
        <source>the introductions</source>
        <translation>las presentaciones</translation>
    </message>
    <message>
        <source>the referrals</source>
        <translation>las recomendaciones</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
</context>
<context>
    <name>MessageTemplates</name>
    <message>
        <source>Ask for a meeting: look for leads</source>
        <translation>Pedir una reunión: buscar oportunidades</translation>
    </message>
    <message>
        <source>[[if referrer_name]]{referrer_name} suggested I get in touch[[else]]{minutes} minutes of your advice?[[end]]</source>
        <translation>[[if referrer_name]]De parte de {referrer_name}[[else]]¿{minutes} minutos para pedirle consejo?[[end]]</translation>
    </message>
    <message>
        <source>Hi {first_name},

[[if referrer_name]]
{referrer_name} suggested I get in touch[[if referral_reason]]: {referral_reason}[[end]].

[[end]]
I’m looking for my next role, and I’m trying to learn where the opportunities are before they are advertised. [[if company]]From where you sit at {company}, you[[else]]You[[end]] see far more of the field than I can from outside[[if purpose]], and I’d value your thoughts on {purpose}[[end]].

I’m not asking you for a job, or expecting you to know of one. Could we talk for {minutes} minutes in the next week or two, by phone or over coffee? I’d like to hear how you see the field and who else you think I should talk to, and I’ll keep to the time.

Thank you for considering it.

Best regards,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hola, {first_name}:

[[if referrer_name]]
{referrer_name} me sugirió que me pusiera en contacto con usted[[if referral_reason]]: {referral_reason}[[end]].

[[end]]
Estoy buscando mi próximo empleo e intento averiguar dónde están las oportunidades antes de que se publiquen. [[if company]]Desde su puesto en {company}, usted[[else]]Usted[[end]] tiene una visión del sector mucho más amplia que la que yo puedo tener desde fuera[[if purpose]], y me gustaría mucho conocer su opinión sobre {purpose}[[end]].

No le pido un empleo ni espero que sepa de alguno. ¿Podríamos hablar {minutes} minutos en las próximas dos semanas, por teléfono o tomando un café? Me gustaría saber cómo ve usted el sector y con quién más cree que debería hablar. Prometo ceñirme al tiempo acordado.

Le agradezco de antemano su atención.

Un cordial saludo,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Ask for a meeting: learn about a career or company</source>
        <translation>Pedir una reunión: conocer una profesión o una empresa</translation>
    </message>
    <message>
        <source>Hi {first_name},

[[if referrer_name]]
{referrer_name} suggested I get in touch[[if referral_reason]]: {referral_reason}[[end]].

[[end]]
I’m learning all I can about [[if purpose]]{purpose}[[else]]your field[[end]][[if company]], and about {company} in particular,[[end]] before I decide where to take my career next. Your experience[[if title]] as {title}[[end]] would help me see the work as it really is.

This isn’t a request for a job: I’d simply like to understand the work better. Could we talk for {minutes} minutes in the next week or two, by phone or over coffee? I’ll keep to the time.

Thank you for considering it.

Best regards,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hola, {first_name}:

[[if referrer_name]]
{referrer_name} me sugirió que me pusiera en contacto con usted[[if referral_reason]]: {referral_reason}[[end]].

[[end]]
Estoy aprendiendo todo lo que puedo sobre [[if purpose]]{purpose}[[else]]su sector[[end]][[if company]], y en particular sobre {company},[[end]] antes de decidir el siguiente paso en mi carrera. Su experiencia[[if title]] como {title}[[end]] me ayudaría a ver el trabajo tal como es en realidad.

No se trata de pedirle un empleo: simplemente me gustaría entender mejor ese trabajo. ¿Podríamos hablar {minutes} minutos en las próximas dos semanas, por teléfono o tomando un café? Me ceñiré al tiempo acordado.

Le agradezco de antemano su atención.

Un cordial saludo,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Opening line to someone you were referred to</source>
        <translation>Frase de presentación para alguien que le recomendaron</translation>
    </message>
    <message>
        <source>{referrer_name} suggested I get in touch</source>
        <translation>De parte de {referrer_name}</translation>
    </message>
    <message>
        <source>Hi {first_name}[[if my_name]], this is {my_name}[[end]]. {referrer_name} suggested I give you a call[[if referral_reason]]: {referral_reason}[[end]]. Could you spare {minutes} minutes for a few questions, now or at a time that suits you better? I’m not asking for a job, only for your advice.</source>
        <translation>Hola, {first_name}[[if my_name]], soy {my_name}[[end]]. {referrer_name} me sugirió que hablara con usted[[if referral_reason]]: {referral_reason}[[end]]. ¿Tendría {minutes} minutos para unas preguntas, ahora o en otro momento que le convenga más? No le pido un empleo, solo su consejo.</translation>
    </message>
    <message>
        <source>Ask the referrer to call ahead</source>
        <translation>Pedir a quien le recomendó que llame antes</translation>
    </message>
    <message>
        <source>Thank you for suggesting {name}</source>
        <translation>Gracias por recomendarme a {name}</translation>
    </message>
    <message>
        <source>Hi {referrer_first_name},

Thank you again for suggesting I talk to {name}[[if company]] at {company}[[end]]. I’m planning to get in touch in the next few days.

Would you be willing to let {first_name} know to expect my call? A quick word from you would make all the difference: {first_name} will know who I am and why I’m calling.

I’ll let you know how it goes.

Thank you,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hola, {referrer_first_name}:

Gracias de nuevo por sugerirme que hable con {name}[[if company]], de {company}[[end]]. Pienso ponerme en contacto en los próximos días.

¿Le importaría avisar a {first_name} de que voy a llamar? Unas palabras suyas marcarían la diferencia: {first_name} sabrá quién soy y por qué llamo.

Ya le contaré cómo ha ido.

Muchas gracias,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Thank-you note after a meeting</source>
        <translation>Nota de agradecimiento tras una reunión</translation>
    </message>
    <message>
        <source>Thank you for your time</source>
        <translation>Gracias por su tiempo</translation>
    </message>
    <message>
        <source>Hi {first_name},

Thank you for taking the time to talk with me[[if meeting_date]] on {meeting_date}[[end]]. [[if help_given]]I’m especially grateful for {help_given}.[[else]]I came away with a much clearer picture of where to go next.[[end]]

[[if referrer_first_name]]I’ll let {referrer_first_name} know how helpful you were, and I’ll[[else]]I’ll[[end]] keep you posted on how things go.

With thanks,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hola, {first_name}:

Gracias por dedicarme su tiempo[[if meeting_date]] el {meeting_date}[[end]]. [[if help_given]]Le agradezco especialmente {help_given}.[[else]]Salí de nuestra conversación con una idea mucho más clara de cuál debe ser mi siguiente paso.[[end]]

[[if referrer_first_name]]Le contaré a {referrer_first_name} lo mucho que me ha ayudado, y a usted le[[else]]Le[[end]] iré contando cómo me va.

Con mi agradecimiento,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Follow-up nudge</source>
        <translation>Recordatorio de seguimiento</translation>
    </message>
    <message>
        <source>[[if meeting_date]]Following up on our conversation[[else]]Following up: {minutes} minutes of your advice?[[end]]</source>
        <translation>[[if meeting_date]]Tras nuestra conversación[[else]]Seguimiento: ¿{minutes} minutos para pedirle consejo?[[end]]</translation>
    </message>
    <message>
        <source>Hi {first_name},

[[if meeting_date]]
Thank you again for talking with me on {meeting_date}. I’ve followed up on your suggestions and wanted to let you know where things stand: I’m still looking, and I’d be glad to hear of anyone else you think I should talk to.
[[else]]
I wrote a little while ago[[if referrer_name]], at {referrer_name}’s suggestion,[[end]] to ask for {minutes} minutes of your advice. I know how full inboxes get, so I’m following up just once.

If now isn’t a good time, I understand. The name of someone else I could talk to would help just as much.
[[end]]

Thank you,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hola, {first_name}:

[[if meeting_date]]
Gracias de nuevo por hablar conmigo el {meeting_date}. He seguido sus sugerencias y quería contarle cómo van las cosas: sigo buscando y me encantaría que me indicara a cualquier otra persona con quien crea que debería hablar.
[[else]]
Le escribí hace un tiempo[[if referrer_name]], por sugerencia de {referrer_name},[[end]] para pedirle consejo durante {minutes} minutos. Sé lo llenas que suelen estar las bandejas de entrada, así que le escribo una sola vez más.

Si ahora no es buen momento, lo entiendo. El nombre de otra persona con quien pudiera hablar me ayudaría igual.
[[end]]

Muchas gracias,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>Check in: anything I can do for you?</source>
        <translation>Retomar el contacto: ¿puedo hacer algo por usted?</translation>
    </message>
    <message>
        <source>Checking in</source>
        <translation>Retomando el contacto</translation>
    </message>
    <message>
        <source>Hi {first_name},

It’s been a while since we last spoke, and I wanted to check in and thank you again for your help.

[[if their_needs]]
You mentioned you were looking for {their_needs}. I’ve been keeping it in mind, and if I come across anything or anyone useful, I’ll send it your way.

[[end]]
[[if good_at]]
Whenever I meet someone who needs help with {good_at}, I’ll point them to you.

[[end]]
Is there anything I can do for you? I’d be glad to return the favour.

Best regards,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hola, {first_name}:

Hace tiempo que no hablamos y quería saber cómo le va y darle las gracias de nuevo por su ayuda.

[[if their_needs]]
Me comentó que buscaba {their_needs}. Lo tengo presente y, si encuentro algo o a alguien que pueda serle útil, se lo haré saber.

[[end]]
[[if good_at]]
Siempre que conozca a alguien que necesite ayuda con {good_at}, le hablaré de usted.

[[end]]
¿Puedo hacer algo por usted? Me encantaría devolverle el favor.

Un cordial saludo,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
    <message>
        <source>I found a job: thank you</source>
        <translation>He encontrado trabajo: gracias</translation>
    </message>
    <message>
        <source>Good news, and thank you</source>
        <translation>Buenas noticias y muchas gracias</translation>
    </message>
    <message>
        <source>Hi {first_name},

I’m happy to tell you that I’ve accepted [[if posting_title]]a position as {posting_title}[[else]]a new position[[end]][[if posting_company]] at {posting_company}[[end]].

[[if helpers]]
It came about through a chain of people who each pointed me to the next: {helpers}. Your part in it mattered, and I’m very grateful.
[[else]]
Your advice and encouragement were part of how it happened, and I’m very grateful.
[[end]]

Please keep in touch, and let me know whenever I can return the favour.

With thanks,
[[if my_name]]
{my_name}
[[end]]
</source>
        <translation>Hola, {first_name}:

Me alegra contarle que he aceptado [[if posting_title]]un puesto de {posting_title}[[else]]un nuevo puesto[[end]][[if posting_company]] en {posting_company}[[end]].

[[if helpers]]
Todo surgió gracias a una cadena de personas en la que cada una me llevó hasta la siguiente: {helpers}. Su papel fue importante y se lo agradezco muchísimo.
[[else]]
Sus consejos y su ánimo contribuyeron a hacerlo posible y se lo agradezco muchísimo.
[[end]]

Sigamos en contacto y no dude en decirme cuándo puedo devolverle el favor.

Con mi agradecimiento,
[[if my_name]]
{my_name}
[[end]]
</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>The parts of NetDesk: Up and Down switch pages, Enter goes into the page</source>
        <translation>Las partes de NetDesk: las flechas arriba y abajo cambian de página; Intro entra en la página</translation>
    </message>
    <message>
        <source>&amp;Go to</source>
        <translation>&amp;Ir a</translation>
    </message>
    <message>
        <source>{page} ({shortcut})</source>
        <translation>{page} ({shortcut})</translation>
    </message>
    <message>
        <source>Show the {page} page</source>
        <translation>Mostrar la página {page}</translation>
    </message>
</context>
<context>
    <name>Neglected</name>
    <message>
        <source>&amp;Who have I neglected?</source>
        <translation>¿A &amp;quién he descuidado?</translation>
    </message>
    <message>
        <source>Everyone due to keep in touch with, the most overdue first</source>
        <translation>Todas las personas con las que toca mantener el contacto, las más atrasadas primero</translation>
    </message>
    <message>
        <source>Log call with {name}</source>
        <translation>Registrar llamada con {name}</translation>
    </message>
    <message>
        <source>Call with {name} logged.</source>
        <translation>Llamada con {name} registrada.</translation>
    </message>
    <message>
        <source>The call was not logged.</source>
        <translation>No se registró la llamada.</translation>
    </message>
</context>
<context>
    <name>NeglectedDialog</name>
    <message>
        <source>Who have I neglected?</source>
        <translation>¿A quién he descuidado?</translation>
    </message>
    <message>
        <source>People to keep in touch with</source>
        <translation>Personas con las que mantener el contacto</translation>
    </message>
    <message>
        <source>Show &amp;more</source>
        <translation>Mostrar &amp;más</translation>
    </message>
    <message>
        <source>&amp;Show in Contacts</source>
        <translation>Mostrar en &amp;Contactos</translation>
    </message>
    <message>
        <source>Select this person in the contact table</source>
        <translation>Seleccionar a esta persona en la tabla de contactos</translation>
    </message>
    <message>
        <source>Log a &amp;call</source>
        <translation>Registrar una &amp;llamada</translation>
    </message>
    <message>
        <source>Log a call with this person now</source>
        <translation>Registrar ahora una llamada con esta persona</translation>
    </message>
    <message>
        <source>C&amp;ompose...</source>
        <translation>R&amp;edactar...</translation>
    </message>
    <message>
        <source>Write to this person from a template</source>
        <translation>Escribir a esta persona a partir de una plantilla</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translation>Leyendo...</translation>
    </message>
    <message>
        <source>The list could not be read: {error}</source>
        <translation>No se pudo leer la lista: {error}</translation>
    </message>
    <message>
        <source>Nobody is due: you are in touch with everyone.</source>
        <translation>No toca a nadie: mantiene el contacto con todos.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln people to keep in touch with, the most overdue first.</source>
        <translation>
            <numerusform>%Ln persona con la que mantener el contacto, la más atrasada primero.</numerusform>
            <numerusform>%Ln personas con las que mantener el contacto, las más atrasadas primero.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing {shown}.</source>
        <translation>Se muestran {shown}.</translation>
    </message>
</context>
<context>
    <name>NeglectedModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rhythm</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Last touch</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>Due since {day}</source>
        <translation>Toca desde el {day}</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>toca hoy</translation>
    </message>
    <message numerus="yes">
        <source>overdue %Ln days</source>
        <translation>
            <numerusform>atrasado %Ln día</numerusform>
            <numerusform>atrasado %Ln días</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkNumbers</name>
    <message>
        <source>&lt;b&gt;Network&lt;/b&gt;</source>
        <translation>&lt;b&gt;Red&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Counting...</source>
        <translation>Contando...</translation>
    </message>
    <message>
        <source>Numbers unavailable: {error}</source>
        <translation>Cifras no disponibles: {error}</translation>
    </message>
    <message>
        <source>No meetings held yet: each one should bring {goal} new names.</source>
        <translation>Aún no se ha celebrado ninguna reunión: cada una debería aportar {goal} nombres nuevos.</translation>
    </message>
    <message>
        <source>on target</source>
        <translation>objetivo cumplido</translation>
    </message>
    <message>
        <source>below target</source>
        <translation>por debajo del objetivo</translation>
    </message>
    <message>
        <source>{per} referrals per meeting (goal {goal}, {verdict}): {referrals} from {meetings} meetings.</source>
        <translation>{per} recomendaciones por reunión (objetivo {goal}, {verdict}): {referrals} de {meetings} reuniones.</translation>
    </message>
    <message numerus="yes">
        <source>, ... (%Ln more generations)</source>
        <translation>
            <numerusform>, ... (%Ln generación más)</numerusform>
            <numerusform>, ... (%Ln generaciones más)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln generations below the people you knew; people per generation: {sizes}.</source>
        <translation>
            <numerusform>%Ln generación por debajo de las personas que ya conocía; personas por generación: {sizes}.</numerusform>
            <numerusform>%Ln generaciones por debajo de las personas que ya conocía; personas por generación: {sizes}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageImport</name>
    <message>
        <source>the pasted text</source>
        <translation>Texto pegado</translation>
    </message>
    <message>
        <source>{file} holds no posting data that NetDesk can read, so the form is filled from its title and address. Type the company and check the rest.</source>
        <translation>{file}: no hay datos de oferta de empleo que NetDesk pueda leer, así que el formulario se ha rellenado con el título y la dirección. Escriba la empresa y revise el resto.</translation>
    </message>
    <message>
        <source>No job page read</source>
        <translation>No se leyó ninguna página de empleo</translation>
    </message>
    <message>
        <source>Save the posting from your browser with “Save page as…” (a web page, .html), then open that file.</source>
        <translation>Guarde la oferta de empleo desde su navegador con «Guardar como…» (página web, .html) y luego abra ese archivo.</translation>
    </message>
</context>
<context>
    <name>PageImportDialog</name>
    <message>
        <source>Import job postings</source>
        <translation>Importar ofertas de empleo</translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings read. Check them: correct a cell by typing in it, untick what you do not want, then import.</source>
        <translation>
            <numerusform>Se leyó %Ln oferta de empleo. Revísela: corrija una celda escribiendo en ella, desmárquela si no la quiere y luego importe.</numerusform>
            <numerusform>Se leyeron %Ln ofertas de empleo. Revíselas: corrija una celda escribiendo en ella, desmarque lo que no quiera y luego importe.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importar como</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Posted</source>
        <translation>Publicada</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Solicitar hasta</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Postings read from the pages</source>
        <translation>Ofertas de empleo leídas de las páginas</translation>
    </message>
    <message>
        <source>Tick &amp;all</source>
        <translation>Marcar &amp;todas</translation>
    </message>
    <message>
        <source>Tick &amp;none</source>
        <translation>&amp;Desmarcar todas</translation>
    </message>
    <message>
        <source>{file} was not read: {reason}</source>
        <translation>No se leyó {file}: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>Skipped on the pages (%Ln):</source>
        <translation>
            <numerusform>Omitido en las páginas (%Ln):</numerusform>
            <numerusform>Omitidos en las páginas (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln postings</source>
        <translation>
            <numerusform>&amp;Importar %Ln oferta de empleo</numerusform>
            <numerusform>&amp;Importar %Ln ofertas de empleo</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>{file} holds no posting data.</source>
        <translation>{file} no contiene datos de ofertas de empleo.</translation>
    </message>
    <message>
        <source>Fill in a &amp;form…</source>
        <translation>Rellenar un &amp;formulario…</translation>
    </message>
    <message>
        <source>Add the posting by hand, starting from the page&apos;s title</source>
        <translation>Añadir la oferta de empleo a mano, a partir del título de la página</translation>
    </message>
    <message>
        <source>Already in your postings</source>
        <translation>Ya está en sus ofertas de empleo</translation>
    </message>
    <message>
        <source>Type the company</source>
        <translation>Escriba la empresa</translation>
    </message>
    <message>
        <source>Type the title</source>
        <translation>Escriba el puesto</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Nueva oferta de empleo</translation>
    </message>
    <message>
        <source>A ticked posting needs a title and a company: type them, or untick it.</source>
        <translation>Una oferta de empleo marcada necesita puesto y empresa: escríbalos o desmárquela.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>The postings were not imported.</source>
        <translation>No se importaron las ofertas de empleo.</translation>
    </message>
</context>
<context>
    <name>PairRows</name>
    <message>
        <source>Pick a label from the list or type your own</source>
        <translation>Elija una etiqueta de la lista o escriba la suya</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>PastEmployers</name>
    <message>
        <source>A company they used to work for</source>
        <translation>Una empresa en la que trabajó</translation>
    </message>
    <message>
        <source>Past employer to add</source>
        <translation>Empleador anterior que añadir</translation>
    </message>
    <message>
        <source>Add this past employer</source>
        <translation>Añadir este empleador anterior</translation>
    </message>
    <message>
        <source>Past employers, most recent first</source>
        <translation>Empleadores anteriores, del más reciente al más antiguo</translation>
    </message>
    <message>
        <source>Move up (more recent)</source>
        <translation>Subir (más reciente)</translation>
    </message>
    <message>
        <source>Move down (longer ago)</source>
        <translation>Bajar (más antiguo)</translation>
    </message>
    <message>
        <source>Remove this past employer</source>
        <translation>Quitar este empleador anterior</translation>
    </message>
</context>
<context>
    <name>PasteDialog</name>
    <message>
        <source>Paste a posting</source>
        <translation>Pegar una oferta de empleo</translation>
    </message>
    <message>
        <source>Copy the posting in your browser (its words, or the page&apos;s source with Ctrl+U) and paste it here with its address. NetDesk reads it here; it fetches nothing from the internet.</source>
        <translation>Copie la oferta de empleo en su navegador (su texto, o el código fuente de la página con Ctrl+U) y péguela aquí con su dirección. NetDesk la lee aquí; no descarga nada de internet.</translation>
    </message>
    <message>
        <source>https://… (the posting&apos;s address)</source>
        <translation>https://… (la dirección de la oferta de empleo)</translation>
    </message>
    <message>
        <source>Paste the posting&apos;s text or the page&apos;s source</source>
        <translation>Pegue el texto de la oferta de empleo o el código fuente de la página</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>&amp;Read</source>
        <translation>&amp;Leer</translation>
    </message>
    <message>
        <source>The address must be a web address starting with http:// or https://.</source>
        <translation>La dirección debe ser una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>Paste the posting&apos;s text, or its address.</source>
        <translation>Pegue el texto de la oferta de empleo, o su dirección.</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
</context>
<context>
    <name>PastePosting</name>
    <message>
        <source>The text holds no posting data that NetDesk can read: the title is its first line. Type the company and check the rest.</source>
        <translation>El texto no contiene datos de oferta de empleo que NetDesk pueda leer: su primera línea se toma como puesto. Escriba la empresa y revise el resto.</translation>
    </message>
</context>
<context>
    <name>PathToMe</name>
    <message>
        <source>Copy opening line</source>
        <translation>Copiar frase de presentación</translation>
    </message>
    <message>
        <source>&lt;b&gt;Path to me&lt;/b&gt;</source>
        <translation>&lt;b&gt;Camino hasta mí&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select someone to see how you came to know them.</source>
        <translation>Seleccione a alguien para ver cómo llegó a conocerlo.</translation>
    </message>
    <message>
        <source>No introduction needed: you know {name} already.</source>
        <translation>No hace falta presentación: ya conoce a {name}.</translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln reunión</numerusform>
            <numerusform>%Ln reuniones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln seguimiento</numerusform>
            <numerusform>%Ln seguimientos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>Desde entonces se ha producido %Ln error más.</numerusform>
            <numerusform>Desde entonces se han producido %Ln errores más.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>Eliminar %Ln contacto</numerusform>
            <numerusform>Eliminar %Ln contactos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts into {name}</source>
        <translation>
            <numerusform>Fusionar %Ln contacto en {name}</numerusform>
            <numerusform>Fusionar %Ln contactos en {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not duplicates (%Ln contacts)</source>
        <translation>
            <numerusform>No son duplicados (%Ln contacto)</numerusform>
            <numerusform>No son duplicados (%Ln contactos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more rows</source>
        <translation>
            <numerusform>... y %Ln fila más</numerusform>
            <numerusform>... y %Ln filas más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln postings</source>
        <translation>
            <numerusform>Importar %Ln oferta de empleo</numerusform>
            <numerusform>Importar %Ln ofertas de empleo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings imported.</source>
        <translation>
            <numerusform>%Ln oferta de empleo importada.</numerusform>
            <numerusform>%Ln ofertas de empleo importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be read as saved job pages:</source>
        <translation>
            <numerusform>No se pudo leer %Ln archivo como página de empleo guardada:</numerusform>
            <numerusform>No se pudieron leer %Ln archivos como páginas de empleo guardadas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln job pages…</source>
        <translation>
            <numerusform>Leyendo %Ln página de empleo…</numerusform>
            <numerusform>Leyendo %Ln páginas de empleo…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settle %Ln sync conflicts</source>
        <translation>
            <numerusform>Resolver %Ln conflicto de sincronización</numerusform>
            <numerusform>Resolver %Ln conflictos de sincronización</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingBoard</name>
    <message>
        <source>Postings board</source>
        <translation>Tablero de ofertas de empleo</translation>
    </message>
</context>
<context>
    <name>PostingEditor</name>
    <message>
        <source>Posting: {title}</source>
        <translation>Oferta de empleo: {title}</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Nueva oferta de empleo</translation>
    </message>
    <message>
        <source>The employer, e.g. Globex</source>
        <translation>El empleador, p. ej. Globex</translation>
    </message>
    <message>
        <source>The job&apos;s title, as the posting says it</source>
        <translation>El nombre del puesto, tal como figura en la oferta</translation>
    </message>
    <message>
        <source>https://… (where the posting is)</source>
        <translation>https://… (dónde está la oferta de empleo)</translation>
    </message>
    <message>
        <source>City, or Remote</source>
        <translation>Ciudad, o Remoto</translation>
    </message>
    <message>
        <source>Apply by</source>
        <translation>Solicitar hasta el</translation>
    </message>
    <message>
        <source>What the job is about, why it suits you, whom to ask…</source>
        <translation>De qué trata el puesto, por qué encaja con usted, a quién preguntar…</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>&amp;Empresa:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Puesto:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>En&amp;lace:</translation>
    </message>
    <message>
        <source>L&amp;ocation:</source>
        <translation>&amp;Ubicación:</translation>
    </message>
    <message>
        <source>&amp;Seen on:</source>
        <translation>&amp;Vista el:</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Fecha límite:</translation>
    </message>
    <message>
        <source>St&amp;age:</source>
        <translation>E&amp;tapa:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>Historial de etapas</translation>
    </message>
    <message>
        <source>People linked to it</source>
        <translation>Personas vinculadas</translation>
    </message>
    <message>
        <source>Who do I know there?</source>
        <translation>¿A quién conozco allí?</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>&amp;Add posting</source>
        <translation>&amp;Añadir oferta de empleo</translation>
    </message>
    <message>
        <source>The posting</source>
        <translation>La oferta de empleo</translation>
    </message>
    <message>
        <source>Saving moves it from {old} to {new}, dated today.</source>
        <translation>Al guardar, pasa de «{old}» a «{new}», con fecha de hoy.</translation>
    </message>
    <message>
        <source>Whom is the job with? Type the company.</source>
        <translation>¿Quién es el empleador? Escriba la empresa.</translation>
    </message>
    <message>
        <source>A posting needs a title.</source>
        <translation>Una oferta de empleo necesita el nombre del puesto.</translation>
    </message>
    <message>
        <source>A title has at most {count} characters.</source>
        <translation>El nombre del puesto tiene como máximo {count} caracteres.</translation>
    </message>
    <message>
        <source>The link must be a web address starting with http:// or https://.</source>
        <translation>El enlace debe ser una dirección web que empiece por http:// o https://.</translation>
    </message>
    <message>
        <source>The deadline is before the day it was posted ({day}).</source>
        <translation>La fecha límite es anterior al día de publicación ({day}).</translation>
    </message>
    <message>
        <source>Add posting “{title}”</source>
        <translation>Añadir la oferta de empleo «{title}»</translation>
    </message>
    <message>
        <source>Edit posting “{title}”</source>
        <translation>Editar la oferta de empleo «{title}»</translation>
    </message>
    <message>
        <source>Posting “{title}” at {company} added.</source>
        <translation>Oferta de empleo «{title}» de {company} añadida.</translation>
    </message>
    <message>
        <source>Posting “{title}” saved.</source>
        <translation>Oferta de empleo «{title}» guardada.</translation>
    </message>
    <message>
        <source>The posting was not saved.</source>
        <translation>No se guardó la oferta de empleo.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>That posting is no longer there (deleted in another window?).</source>
        <translation>Esa oferta de empleo ya no existe (¿se eliminó en otra ventana?).</translation>
    </message>
</context>
<context>
    <name>PostingTableModel</name>
    <message numerus="yes">
        <source>%Ln days since the last step</source>
        <translation>
            <numerusform>%Ln día desde el último paso</numerusform>
            <numerusform>%Ln días desde el último paso</numerusform>
        </translation>
    </message>
    <message>
        <source>The deadline is close or past</source>
        <translation>La fecha límite está cerca o ya ha pasado</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Puesto</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Seen</source>
        <translation>Vista el</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Fecha límite</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>Último paso</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
</context>
<context>
    <name>PostingsEmptyState</name>
    <message>
        <source>Follow every opportunity to a person</source>
        <translation>Para cada oportunidad, busque a una persona</translation>
    </message>
    <message>
        <source>Keep the postings you find here and move each one along as it goes: seen, researching, introduced, applied, interviewing, offer. As you add one, think of who you know at that employer: an introduction from a friend or a former co-worker is the surest way to stand out.</source>
        <translation>Guarde aquí las ofertas de empleo que encuentre y haga avanzar cada una por sus etapas: vista, en estudio, con recomendación, candidatura enviada, en entrevistas, oferta recibida. Al añadir una, piense a quién conoce en esa empresa: que le presente un amigo o un antiguo colega es la forma más segura de destacar.</translation>
    </message>
    <message>
        <source>Add a posting</source>
        <translation>Añadir una oferta de empleo</translation>
    </message>
    <message>
        <source>Open a saved job page</source>
        <translation>Abrir una página de empleo guardada</translation>
    </message>
    <message>
        <source>A page saved from your browser with Save page as (.html or .htm)</source>
        <translation>Una página guardada desde su navegador con «Guardar como» (.html o .htm)</translation>
    </message>
    <message>
        <source>Paste a posting</source>
        <translation>Pegar una oferta de empleo</translation>
    </message>
    <message>
        <source>You can also drop saved job pages here.</source>
        <translation>También puede soltar aquí páginas de empleo guardadas.</translation>
    </message>
</context>
<context>
    <name>PostingsPage</name>
    <message>
        <source>Postings</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <source>New posting</source>
        <translation>Nueva oferta de empleo</translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <source>Add a posting by hand (Ctrl+Shift+N)</source>
        <translation>Añadir una oferta de empleo a mano (Ctrl+Mayús+N)</translation>
    </message>
    <message>
        <source>Open job page...</source>
        <translation>Abrir página de empleo...</translation>
    </message>
    <message>
        <source>Read postings from web pages saved with your browser&apos;s Save page as</source>
        <translation>Leer ofertas de empleo de páginas web guardadas con «Guardar como» de su navegador</translation>
    </message>
    <message>
        <source>Paste posting...</source>
        <translation>Pegar oferta de empleo...</translation>
    </message>
    <message>
        <source>Paste a posting&apos;s address and text</source>
        <translation>Pegar la dirección y el texto de una oferta de empleo</translation>
    </message>
    <message>
        <source>Search title, company or location</source>
        <translation>Buscar puesto, empresa o ubicación</translation>
    </message>
    <message>
        <source>Search postings</source>
        <translation>Buscar ofertas de empleo</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Show only the postings at these stages</source>
        <translation>Mostrar solo las ofertas de empleo en estas etapas</translation>
    </message>
    <message>
        <source>All stages</source>
        <translation>Todas las etapas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Cerradas</translation>
    </message>
    <message>
        <source>Board</source>
        <translation>Tablero</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings found</source>
        <translation>
            <numerusform>Se encontró %Ln oferta de empleo</numerusform>
            <numerusform>Se encontraron %Ln ofertas de empleo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings</source>
        <translation>
            <numerusform>%Ln oferta de empleo</numerusform>
            <numerusform>%Ln ofertas de empleo</numerusform>
        </translation>
    </message>
    <message>
        <source>The postings could not be read: {error}</source>
        <translation>No se pudieron leer las ofertas de empleo: {error}</translation>
    </message>
    <message>
        <source>&amp;Edit...</source>
        <translation>&amp;Editar...</translation>
    </message>
    <message>
        <source>Open &amp;link</source>
        <translation>Abrir enla&amp;ce</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>&amp;Mover a</translation>
    </message>
    <message>
        <source>&amp;Who do I know there?</source>
        <translation>¿A &amp;quién conozco allí?</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Open saved job pages</source>
        <translation>Abrir páginas de empleo guardadas</translation>
    </message>
    <message>
        <source>Saved web pages (*.html *.htm)</source>
        <translation>Páginas web guardadas (*.html *.htm)</translation>
    </message>
    <message>
        <source>Move “{title}” to {stage}</source>
        <translation>Pasar «{title}» a la etapa «{stage}»</translation>
    </message>
    <message>
        <source>Moved to {stage}.</source>
        <translation>Pasada a la etapa «{stage}».</translation>
    </message>
    <message>
        <source>The posting was not moved.</source>
        <translation>No se movió la oferta de empleo.</translation>
    </message>
    <message>
        <source>Delete posting</source>
        <translation>Eliminar oferta de empleo</translation>
    </message>
    <message>
        <source>Posting deleted. Undo brings it back.</source>
        <translation>Oferta de empleo eliminada. Deshacer la recupera.</translation>
    </message>
    <message>
        <source>The posting was not deleted.</source>
        <translation>No se eliminó la oferta de empleo.</translation>
    </message>
</context>
<context>
    <name>Preferences</name>
    <message>
        <source>&amp;Preferences...</source>
        <translation>&amp;Preferencias...</translation>
    </message>
    <message>
        <source>Appearance, language, the weekly plan and reminders</source>
        <translation>Apariencia, idioma, plan semanal y recordatorios</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Same as the system</source>
        <translation>Igual que el &amp;sistema</translation>
    </message>
    <message>
        <source>Light or dark as the desktop is set, and changes with it</source>
        <translation>Claro u oscuro según esté configurado el escritorio, y cambia con él</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>C&amp;laro</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Texto oscuro sobre fondo claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Texto claro sobre fondo oscuro</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of NetDesk&apos;s menus, pages and messages, and of its dates</source>
        <translation>El idioma de los menús, las páginas y los mensajes de NetDesk, y de sus fechas</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>NetDesk speaks the new language the next time it starts.</source>
        <translation>NetDesk usará el nuevo idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Message &amp;templates...</source>
        <translation>&amp;Plantillas de mensajes...</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>Edit, reset or add the templates Compose writes from, and your signature</source>
        <translation>Editar, restablecer o añadir las plantillas con las que se redactan los mensajes, y su firma</translation>
    </message>
    <message>
        <source>Keeping in touch</source>
        <translation>Mantener el contacto</translation>
    </message>
    <message>
        <source>&amp;Keep-in-touch rhythms...</source>
        <translation>R&amp;itmos para mantener el contacto...</translation>
    </message>
    <message>
        <source>Keep-in-touch rhythms</source>
        <translation>Ritmos para mantener el contacto</translation>
    </message>
    <message>
        <source>How often to keep in touch, by relationship, status, tag or warm or cold</source>
        <translation>Con qué frecuencia mantener el contacto, según la relación, el estado, la etiqueta o si es cálido o frío</translation>
    </message>
    <message>
        <source>Close the preferences; the choices are kept</source>
        <translation>Cerrar las preferencias; las opciones se conservan</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Same person as</source>
        <translation>Misma persona que</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Maybe {name} ({reason}): two people may have been given one UID by another program; imported as new unless you choose Merge</source>
        <translation>Quizá {name} ({reason}): puede que otro programa haya dado un mismo UID a dos personas; se importa como nuevo salvo que elija Fusionar</translation>
    </message>
    <message>
        <source>Maybe {name} ({reason}), but they have different UIDs: imported as new unless you choose Merge</source>
        <translation>Quizá {name} ({reason}), pero tienen UID distintos: se importa como nuevo salvo que elija Fusionar</translation>
    </message>
    <message>
        <source>{name} ({reason})</source>
        <translation>{name} ({reason})</translation>
    </message>
    <message>
        <source>Maybe {name}: {reason}</source>
        <translation>Quizá {name}: {reason}</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importa</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
    <message>
        <source>Import as new</source>
        <translation>Importar como nuevo</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ReachLabels</name>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>website</source>
        <translation>sitio web</translation>
    </message>
    <message>
        <source>LinkedIn</source>
        <translation>LinkedIn</translation>
    </message>
</context>
<context>
    <name>ReachRow</name>
    <message>
        <source>{value}
Click to copy</source>
        <translation>{value}
Haga clic para copiar</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>&amp;Restore from backup...</source>
        <translation>&amp;Restaurar desde copia de seguridad...</translation>
    </message>
    <message>
        <source>Go back to an earlier copy of your network; the current one is kept</source>
        <translation>Volver a una copia anterior de su red; la actual se conserva</translation>
    </message>
    <message>
        <source>Read-only: {reason}</source>
        <translation>Solo lectura: {reason}</translation>
    </message>
    <message>
        <source>{path} can be read but not changed: {reason}.</source>
        <translation>{path} se puede leer pero no modificar: {reason}.</translation>
    </message>
    <message>
        <source>Damaged file: restore a backup</source>
        <translation>Archivo dañado: restaure una copia de seguridad</translation>
    </message>
    <message>
        <source>Part of your network is damaged</source>
        <translation>Parte de su red está dañada</translation>
    </message>
    <message>
        <source>{path} is damaged ({detail}). Contacts that cannot be read as they should are marked in the list, and NetDesk will not write to the file: use File &gt; Restore from backup... to go back to the last good copy.</source>
        <translation>{path} está dañado ({detail}). Los contactos que no se pueden leer correctamente están marcados en la lista, y NetDesk no escribirá en el archivo: use Archivo &gt; Restaurar desde copia de seguridad... para volver a la última copia correcta.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
    <message>
        <source>A sync is running: restore the backup once it has finished.</source>
        <translation>Hay una sincronización en curso: restaure la copia de seguridad cuando haya terminado.</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>Restaurando la copia de seguridad...</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Restored the backup of {when}; the previous file is kept as {kept}</source>
        <translation>Se restauró la copia de seguridad {when}; el archivo anterior se conserva como {kept}</translation>
    </message>
</context>
<context>
    <name>ReferralList</name>
    <message>
        <source>Names they gave you</source>
        <translation>Nombres que le dieron</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reason to call</source>
        <translation>Motivo para llamar</translation>
    </message>
    <message>
        <source>Given by</source>
        <translation>Lo dio</translation>
    </message>
    <message>
        <source>Introduction</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Add a &amp;name</source>
        <translation>Añadir un nom&amp;bre</translation>
    </message>
    <message>
        <source>Aim for two names from every meeting, and ask whether they will call ahead.</source>
        <translation>Procure obtener dos nombres de cada reunión y pregunte si llamarán antes para presentarle.</translation>
    </message>
</context>
<context>
    <name>ReferralTree</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Cálido/frío</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Referred</source>
        <translation>Recomendados</translation>
    </message>
    <message>
        <source>All below</source>
        <translation>Todos por debajo</translation>
    </message>
    <message>
        <source>Warm leads already know you</source>
        <translation>Los contactos cálidos ya le conocen</translation>
    </message>
    <message>
        <source>People this contact referred you to</source>
        <translation>Personas que este contacto le recomendó</translation>
    </message>
    <message>
        <source>Everyone who came through this contact: their referrals, theirs, and so on</source>
        <translation>Todas las personas que llegaron a través de este contacto: sus recomendaciones, las de estas, y así sucesivamente</translation>
    </message>
    <message>
        <source>{name}: {status}</source>
        <translation>{name}: {status}</translation>
    </message>
</context>
<context>
    <name>ReferralTreePanel</name>
    <message>
        <source>Find in the tree...</source>
        <translation>Buscar en el árbol...</translation>
    </message>
    <message>
        <source>Shows the people who match with everyone who led to them</source>
        <translation>Muestra las personas que coinciden junto con todos los que llevaron hasta ellas</translation>
    </message>
    <message>
        <source>Find in the tree</source>
        <translation>Buscar en el árbol</translation>
    </message>
    <message>
        <source>Who referred whom: Right shows whom a person referred, Left hides them</source>
        <translation>Quién recomendó a quién: la flecha derecha muestra a quién recomendó una persona; la flecha izquierda los oculta</translation>
    </message>
    <message>
        <source>Nobody matches “{text}”.</source>
        <translation>Nadie coincide con «{text}».</translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total} matches, with who led to them.</source>
        <translation>Se muestran las primeras {shown} de {total} coincidencias, con quién llevó hasta ellas.</translation>
    </message>
    <message>
        <source>{shown} matching, with who led to them.</source>
        <translation>{shown} coincidencias, con quién llevó hasta ellas.</translation>
    </message>
    <message>
        <source>Referral tree: “{text}”</source>
        <translation>Árbol de recomendaciones: «{text}»</translation>
    </message>
    <message>
        <source>Referral tree</source>
        <translation>Árbol de recomendaciones</translation>
    </message>
</context>
<context>
    <name>Referrals</name>
    <message>
        <source>You know {name} directly.</source>
        <translation>Conoce a {name} directamente.</translation>
    </message>
    <message>
        <source>You know {name}</source>
        <translation>Conoce a {name}</translation>
    </message>
    <message>
        <source>who introduced {name}</source>
        <translation>que le presentó a {name}</translation>
    </message>
    <message>
        <source>... {count} more introductions ...</source>
        <translation>... {count} presentaciones más ...</translation>
    </message>
    <message>
        <source>{name} suggested I give you a call.</source>
        <translation>{name} me sugirió que hablara con usted.</translation>
    </message>
</context>
<context>
    <name>ReferrerMoves</name>
    <message>
        <source>{name} cannot be their own referrer.</source>
        <translation>{name} no puede figurar en su propio «Recomendado por».</translation>
    </message>
    <message>
        <source>{referrer} cannot become {name}&apos;s referrer: {referrer} came to you through {name}, so that would make a loop in the chain of introductions.</source>
        <translation>{referrer} no puede figurar como quien recomendó a {name}: {referrer} le llegó a través de {name}, así que se formaría un bucle en la cadena de presentaciones.</translation>
    </message>
    <message>
        <source>The referrer was not changed.</source>
        <translation>No se cambió quién lo recomendó.</translation>
    </message>
    <message>
        <source>Referrer not changed</source>
        <translation>No se cambió la recomendación</translation>
    </message>
</context>
<context>
    <name>ReminderTray</name>
    <message>
        <source>&amp;Open NetDesk</source>
        <translation>&amp;Abrir NetDesk</translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation>Esta &amp;semana</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <source>Show &amp;reminders in the system tray</source>
        <translation>Mostrar &amp;recordatorios en la bandeja del sistema</translation>
    </message>
    <message>
        <source>A tray icon with what is due today, and a notification when it falls due</source>
        <translation>Un icono en la bandeja con lo pendiente de hoy y un aviso cuando vence</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>y %n más</numerusform>
            <numerusform>y %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>NetDesk</source>
        <translation>NetDesk</translation>
    </message>
    <message>
        <source>NetDesk: nothing due today</source>
        <translation>NetDesk: nada pendiente hoy</translation>
    </message>
    <message numerus="yes">
        <source>NetDesk: %n things due today</source>
        <translation>
            <numerusform>NetDesk: %n cosa pendiente hoy</numerusform>
            <numerusform>NetDesk: %n cosas pendientes hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things due today</source>
        <translation>
            <numerusform>%n cosa pendiente hoy</numerusform>
            <numerusform>%n cosas pendientes hoy</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting with {name} at {time}, in %n minutes</source>
        <translation>
            <numerusform>Reunión con {name} a las {time}, en %n minuto</numerusform>
            <numerusform>Reunión con {name} a las {time}, en %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Thank-you note to {name} is due</source>
        <translation>Toca la nota de agradecimiento a {name}</translation>
    </message>
</context>
<context>
    <name>RemindersSection</name>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Show reminders in the &amp;system tray</source>
        <translation>Mostrar recordatorios en la &amp;bandeja del sistema</translation>
    </message>
    <message>
        <source>Show reminders in the system tray</source>
        <translation>Mostrar recordatorios en la bandeja del sistema</translation>
    </message>
    <message>
        <source>The number of things due today on NetDesk&apos;s tray icon, and a notification at start, ten minutes before a meeting and when a thank-you note falls due.</source>
        <translation>El número de cosas pendientes hoy en el icono de NetDesk, y un aviso al iniciar, diez minutos antes de una reunión y cuando toca una nota de agradecimiento.</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from backup</source>
        <translation>Restaurar desde copia de seguridad</translation>
    </message>
    <message>
        <source>Replace {name} by one of its backups. The current file is kept as a backup first, so you can come back to it.</source>
        <translation>Sustituir {name} por una de sus copias de seguridad. Antes, el archivo actual se guarda como copia de seguridad, para que pueda volver a él.</translation>
    </message>
    <message>
        <source>There is no backup of {name} yet. NetDesk takes one every day.</source>
        <translation>Aún no hay ninguna copia de seguridad de {name}. NetDesk hace una cada día.</translation>
    </message>
    <message>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Restaurar esta copia de seguridad</translation>
    </message>
    <message>
        <source>&amp;Keep the current file</source>
        <translation>&amp;Conservar el archivo actual</translation>
    </message>
</context>
<context>
    <name>RhythmField</name>
    <message>
        <source>Keep in touch every</source>
        <translation>Mantener el contacto cada</translation>
    </message>
    <message>
        <source>Set a rhythm for this person, whatever the default rules say</source>
        <translation>Fijar un ritmo para esta persona, digan lo que digan las reglas predeterminadas</translation>
    </message>
    <message>
        <source>Keep in touch every, number</source>
        <translation>Mantener el contacto cada, número</translation>
    </message>
    <message>
        <source>Keep in touch every, unit</source>
        <translation>Mantener el contacto cada, unidad</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>semanas</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>none: no default rule applies, so they are never due</source>
        <translation>ninguno: no se aplica ninguna regla predeterminada, así que nunca toca</translation>
    </message>
    <message>
        <source>the default for the tag &quot;{name}&quot;: {every}</source>
        <translation>el predeterminado de la etiqueta «{name}»: {every}</translation>
    </message>
    <message>
        <source>the default for warm leads: {every}</source>
        <translation>el predeterminado de los contactos cálidos: {every}</translation>
    </message>
    <message>
        <source>the default for cold leads: {every}</source>
        <translation>el predeterminado de los contactos fríos: {every}</translation>
    </message>
    <message>
        <source>the default for {name}: {every}</source>
        <translation>el predeterminado para {name}: {every}</translation>
    </message>
</context>
<context>
    <name>RhythmRules</name>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Cálido o frío</translation>
    </message>
    <message>
        <source>Add the rhythm for {name}</source>
        <translation>Añadir el ritmo para {name}</translation>
    </message>
    <message>
        <source>Remove the rhythm for {name}</source>
        <translation>Quitar el ritmo para {name}</translation>
    </message>
    <message>
        <source>Change the rhythm for {name}</source>
        <translation>Cambiar el ritmo para {name}</translation>
    </message>
</context>
<context>
    <name>RhythmRulesDialog</name>
    <message>
        <source>Keep-in-touch rhythms</source>
        <translation>Ritmos para mantener el contacto</translation>
    </message>
    <message>
        <source>Default rhythms</source>
        <translation>Ritmos predeterminados</translation>
    </message>
    <message>
        <source>How often to keep in touch with the contacts that have no rhythm of their own: a tag&apos;s rule first, then the status, the relationship, warm or cold.</source>
        <translation>Con qué frecuencia mantener el contacto con los contactos que no tienen un ritmo propio: primero la regla de una etiqueta, después el estado, la relación, cálido o frío.</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Aplica a</translation>
    </message>
    <message>
        <source>Every</source>
        <translation>Cada</translation>
    </message>
    <message>
        <source>&amp;Remove rule</source>
        <translation>&amp;Quitar regla</translation>
    </message>
    <message>
        <source>Remove rule</source>
        <translation>Quitar regla</translation>
    </message>
    <message>
        <source>The selected rule&apos;s contacts follow the next rule that matches them</source>
        <translation>Los contactos de la regla seleccionada siguen la siguiente regla que les corresponda</translation>
    </message>
    <message>
        <source>Add a rule</source>
        <translation>Añadir una regla</translation>
    </message>
    <message>
        <source>Kind of the new rule</source>
        <translation>Tipo de la nueva regla</translation>
    </message>
    <message>
        <source>What the new rule is for</source>
        <translation>A qué se aplica la nueva regla</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add the rule</source>
        <translation>Añadir la regla</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>The rhythm was not saved.</source>
        <translation>No se guardó el ritmo.</translation>
    </message>
</context>
<context>
    <name>RingsModel</name>
    <message numerus="yes">
        <source>Works there (%Ln)</source>
        <translation>
            <numerusform>Trabaja allí (%Ln)</numerusform>
            <numerusform>Trabajan allí (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used to work there (%Ln)</source>
        <translation>
            <numerusform>Trabajó allí (%Ln)</numerusform>
            <numerusform>Trabajaron allí (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One introduction away (%Ln)</source>
        <translation>
            <numerusform>A una presentación de distancia (%Ln)</numerusform>
            <numerusform>A una presentación de distancia (%Ln)</numerusform>
        </translation>
    </message>
    <message>
        <source>knows {name}</source>
        <translation>conoce a {name}</translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name} ({details})</translation>
    </message>
    <message>
        <source>{path} → {name} there</source>
        <translation>{path} → {name} (allí)</translation>
    </message>
    <message>
        <source>How you know them: {path}
Opening line: {line}</source>
        <translation>Cómo conoce a esta persona: {path}
Frase de presentación: {line}</translation>
    </message>
</context>
<context>
    <name>SetReferrerDialog</name>
    <message>
        <source>Set referrer of {name}</source>
        <translation>Quién recomendó a {name}</translation>
    </message>
    <message>
        <source>Start typing a name</source>
        <translation>Empiece a escribir un nombre</translation>
    </message>
    <message>
        <source>Nobody: I knew {name} directly</source>
        <translation>Nadie: conocía a {name} directamente</translation>
    </message>
    <message>
        <source>Referred &amp;by:</source>
        <translation>Recomendado &amp;por:</translation>
    </message>
    <message>
        <source>Choose the referrer from the list, or tick “Nobody”.</source>
        <translation>Elija de la lista quién lo recomendó, o marque «Nadie».</translation>
    </message>
</context>
<context>
    <name>StageColumn</name>
    <message>
        <source>{stage} ({n})</source>
        <translation>{stage} ({n})</translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contacto</numerusform>
            <numerusform>%Ln contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>{shown} of {contacts}</source>
        <translation>{shown} de {contacts}</translation>
    </message>
    <message>
        <source>Searching {contacts}...</source>
        <translation>Buscando en {contacts}...</translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due this week</source>
        <translation>
            <numerusform>%Ln seguimiento pendiente esta semana</numerusform>
            <numerusform>%Ln seguimientos pendientes esta semana</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln atrasado</numerusform>
            <numerusform>, %Ln atrasados</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message>
        <source>Sync</source>
        <translation>Sincronización</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Aún sin sincronizar</translation>
    </message>
    <message>
        <source>Sync now: Ctrl+Shift+S</source>
        <translation>Sincronizar ahora: Ctrl+Mayús+S</translation>
    </message>
    <message>
        <source>Last sync failed</source>
        <translation>Falló la última sincronización</translation>
    </message>
    <message>
        <source>Synced {when}</source>
        <translation>Sincronizado el {when}</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translation>Sincronizando...</translation>
    </message>
    <message>
        <source>Syncing account {n} of {count}...</source>
        <translation>Sincronizando la cuenta {n} de {count}...</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Falló la sincronización</translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n recibido</numerusform>
            <numerusform>%n recibidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n enviado</numerusform>
            <numerusform>%n enviados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n fusionado</numerusform>
            <numerusform>%n fusionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted here</source>
        <translation>
            <numerusform>%n eliminado aquí</numerusform>
            <numerusform>%n eliminados aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n eliminado en el servidor</numerusform>
            <numerusform>%n eliminados en el servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>Last sync: {when}</source>
        <translation>Última sincronización: {when}</translation>
    </message>
    <message>
        <source>First sync cancelled: nothing was changed</source>
        <translation>Primera sincronización cancelada: no se cambió nada</translation>
    </message>
    <message>
        <source>Offline: changes wait for the server</source>
        <translation>Sin conexión: los cambios esperan al servidor</translation>
    </message>
    <message numerus="yes">
        <source>Synced {when}, %n conflicts to settle</source>
        <translation>
            <numerusform>Sincronizado el {when}, %n conflicto por resolver</numerusform>
            <numerusform>Sincronizado el {when}, %n conflictos por resolver</numerusform>
        </translation>
    </message>
    <message>
        <source>NetDesk could not sync</source>
        <translation>NetDesk no pudo sincronizar</translation>
    </message>
    <message>
        <source>The sync did not complete; what was done so far is kept on both sides.</source>
        <translation>La sincronización no terminó; lo hecho hasta ahora se conserva en ambos lados.</translation>
    </message>
    <message>
        <source>Waiting for your choices...</source>
        <translation>Esperando sus elecciones...</translation>
    </message>
</context>
<context>
    <name>SyncField</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Nombre de pila</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Nickname</source>
        <translation>Apodo</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Departamento</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Birthday</source>
        <translation>Cumpleaños</translation>
    </message>
    <message>
        <source>E-mail addresses</source>
        <translation>Direcciones de correo electrónico</translation>
    </message>
    <message>
        <source>Phone numbers</source>
        <translation>Números de teléfono</translation>
    </message>
    <message>
        <source>Postal addresses</source>
        <translation>Direcciones postales</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Cálido o frío</translation>
    </message>
    <message>
        <source>How you met</source>
        <translation>Cómo se conocieron</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Añadido el</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>Próximo seguimiento</translation>
    </message>
    <message>
        <source>Past employers</source>
        <translation>Empleadores anteriores</translation>
    </message>
    <message>
        <source>Good at</source>
        <translation>Se le da bien</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Necesita</translation>
    </message>
    <message>
        <source>Keep in touch every (days)</source>
        <translation>Mantener el contacto cada (días)</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Recomendado por</translation>
    </message>
    <message>
        <source>Why they referred</source>
        <translation>Motivo de la recomendación</translation>
    </message>
    <message>
        <source>Referred on</source>
        <translation>Recomendado el</translation>
    </message>
    <message>
        <source>Will call ahead</source>
        <translation>Llamará antes para presentarme</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Due on</source>
        <translation>Vence el</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Empieza a las</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Kind of meeting</source>
        <translation>Tipo de reunión</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Orden del día</translation>
    </message>
    <message>
        <source>Thank-you note due</source>
        <translation>Nota de agradecimiento pendiente</translation>
    </message>
    <message>
        <source>Thank-you note sent</source>
        <translation>Nota de agradecimiento enviada</translation>
    </message>
    <message>
        <source>Follow up on</source>
        <translation>Hacer seguimiento el</translation>
    </message>
</context>
<context>
    <name>SyncIntegration</name>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>Send and fetch the changes of your sync accounts&apos; address books and calendars</source>
        <translation>Enviar y recibir los cambios de las libretas de direcciones y los calendarios de sus cuentas de sincronización</translation>
    </message>
    <message>
        <source>Sync now (Ctrl+Shift+S)</source>
        <translation>Sincronizar ahora (Ctrl+Mayús+S)</translation>
    </message>
    <message>
        <source>Sync &amp;accounts...</source>
        <translation>&amp;Cuentas de sincronización...</translation>
    </message>
    <message>
        <source>Add or remove CardDAV/CalDAV accounts, and choose when NetDesk syncs</source>
        <translation>Añadir o quitar cuentas CardDAV/CalDAV, y elegir cuándo sincroniza NetDesk</translation>
    </message>
    <message>
        <source>Sync &amp;conflicts...</source>
        <translation>&amp;Conflictos de sincronización...</translation>
    </message>
    <message>
        <source>Fields changed differently here and on the server: choose which to keep</source>
        <translation>Campos cambiados de forma distinta aquí y en el servidor: elija qué valor conservar</translation>
    </message>
    <message>
        <source>A sync is running: open {name} once it has finished.</source>
        <translation>Hay una sincronización en curso: abra {name} cuando haya terminado.</translation>
    </message>
    <message>
        <source>Sync finished; opening {name}</source>
        <translation>Sincronización terminada; abriendo {name}</translation>
    </message>
    <message>
        <source>A sync is running; {name} will be opened when it finishes.</source>
        <translation>Hay una sincronización en curso; {name} se abrirá cuando termine.</translation>
    </message>
    <message>
        <source>A sync is running already.</source>
        <translation>Ya hay una sincronización en curso.</translation>
    </message>
    <message numerus="yes">
        <source>Sync &amp;conflicts (%n)...</source>
        <translation>
            <numerusform>&amp;Conflicto de sincronización (%n)...</numerusform>
            <numerusform>&amp;Conflictos de sincronización (%n)...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>Close; every change is kept</source>
        <translation>Cerrar; todos los cambios se conservan</translation>
    </message>
</context>
<context>
    <name>TemplatesPage</name>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>The name your messages are signed with</source>
        <translation>El nombre con el que firma sus mensajes</translation>
    </message>
    <message>
        <source>Signs your messages ({my_name})</source>
        <translation>Firma sus mensajes ({my_name})</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Su nombre:</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>Plantillas de mensajes</translation>
    </message>
    <message>
        <source>&amp;New template</source>
        <translation>&amp;Nueva plantilla</translation>
    </message>
    <message>
        <source>&amp;Reset</source>
        <translation>&amp;Restablecer</translation>
    </message>
    <message>
        <source>Give the built-in template its original text back</source>
        <translation>Devolver a la plantilla predefinida su texto original</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Delete this template of your own</source>
        <translation>Eliminar esta plantilla creada por usted</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>A contact</source>
        <translation>Un contacto</translation>
    </message>
    <message>
        <source>A task</source>
        <translation>Una tarea</translation>
    </message>
    <message>
        <source>A meeting</source>
        <translation>Una reunión</translation>
    </message>
    <message>
        <source>A referral</source>
        <translation>Una recomendación</translation>
    </message>
    <message>
        <source>Written to</source>
        <translation>Dirigida a</translation>
    </message>
    <message>
        <source>The contact</source>
        <translation>El contacto</translation>
    </message>
    <message>
        <source>The person who referred them</source>
        <translation>La persona que le recomendó este contacto</translation>
    </message>
    <message>
        <source>Each person along the chain</source>
        <translation>Cada persona de la cadena</translation>
    </message>
    <message>
        <source>Completes a task</source>
        <translation>Completa una tarea</translation>
    </message>
    <message>
        <source>No task</source>
        <translation>Ninguna tarea</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>&amp;Insert placeholder</source>
        <translation>&amp;Insertar campo</translation>
    </message>
    <message>
        <source>Insert placeholder</source>
        <translation>Insertar campo</translation>
    </message>
    <message>
        <source>Write {first_name} for a value, and [[if company]]…[[end]] around words that only make sense when it has one ([[else]] gives the other wording).</source>
        <translation>Escriba {first_name} para insertar un dato, y ponga [[if company]]…[[end]] alrededor de las palabras que solo tienen sentido cuando ese dato existe ([[else]] introduce el texto alternativo).</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>N&amp;ombre:</translation>
    </message>
    <message>
        <source>For:</source>
        <translation>Se usa con:</translation>
    </message>
    <message>
        <source>&amp;Written to:</source>
        <translation>&amp;Dirigida a:</translation>
    </message>
    <message>
        <source>Com&amp;pletes:</source>
        <translation>Com&amp;pleta:</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Asunto:</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <source>Preview, for a made-up contact</source>
        <translation>Vista previa, con un contacto ficticio</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>{name} (has an error)</source>
        <translation>{name} (tiene un error)</translation>
    </message>
    <message>
        <source>{name} (yours)</source>
        <translation>{name} (suya)</translation>
    </message>
    <message>
        <source>{name} (edited)</source>
        <translation>{name} (modificada)</translation>
    </message>
    <message>
        <source>A built-in template: what it is for stays as shipped.</source>
        <translation>Plantilla predefinida: su uso y su destinatario no se pueden cambiar.</translation>
    </message>
    <message>
        <source>A template of your own.</source>
        <translation>Plantilla creada por usted.</translation>
    </message>
    <message>
        <source>(Mend the errors above to see the message.)</source>
        <translation>(Corrija los errores de arriba para ver el mensaje.)</translation>
    </message>
    <message>
        <source>{count} of {limit} characters of a LinkedIn invitation</source>
        <translation>{count} de {limit} caracteres de una invitación de LinkedIn</translation>
    </message>
    <message>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <source>Hi {first_name},

</source>
        <translation>Hola, {first_name}:

</translation>
    </message>
    <message>
        <source>Delete the template?</source>
        <translation>¿Eliminar la plantilla?</translation>
    </message>
    <message>
        <source>Delete the message template “{name}”?</source>
        <translation>¿Eliminar la plantilla de mensaje «{name}»?</translation>
    </message>
    <message>
        <source>&amp;Delete the template</source>
        <translation>&amp;Eliminar la plantilla</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>{kind} with {people}</source>
        <translation>{kind} con {people}</translation>
    </message>
    <message>
        <source>{others} and {last}</source>
        <translation>{others} y {last}</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <source>What was said (optional)</source>
        <translation>Qué se dijo (opcional)</translation>
    </message>
    <message>
        <source>Log a call</source>
        <translation>Registrar llamada</translation>
    </message>
    <message>
        <source>Log an e-mail</source>
        <translation>Registrar un correo</translation>
    </message>
    <message>
        <source>Log a letter</source>
        <translation>Registrar una carta</translation>
    </message>
    <message>
        <source>Log a message</source>
        <translation>Registrar un mensaje</translation>
    </message>
    <message>
        <source>Log a note</source>
        <translation>Registrar una nota</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Favour I did for them</source>
        <translation>Favor que le hice</translation>
    </message>
    <message>
        <source>Favour they did for me</source>
        <translation>Favor que me hizo</translation>
    </message>
    <message>
        <source>Log meeting...</source>
        <translation>Registrar reunión...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Aún no hay nada registrado.</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <source>History with {name}</source>
        <translation>Historial con {name}</translation>
    </message>
    <message>
        <source>Compose a message...</source>
        <translation>Redactar un mensaje...</translation>
    </message>
    <message>
        <source>Delete “{what}” of {when} from the history?</source>
        <translation>¿Eliminar «{what}» del {when} del historial?</translation>
    </message>
    <message>
        <source>&amp;Delete this entry</source>
        <translation>&amp;Eliminar esta entrada</translation>
    </message>
    <message>
        <source>Delete “{what}” from the history</source>
        <translation>Eliminar «{what}» del historial</translation>
    </message>
    <message>
        <source>It was not logged.</source>
        <translation>No se registró.</translation>
    </message>
    <message>
        <source>Type what the favour was, then choose it again.</source>
        <translation>Escriba en qué consistió el favor y vuelva a elegirlo.</translation>
    </message>
    <message>
        <source>Log favour</source>
        <translation>Registrar favor</translation>
    </message>
    <message>
        <source>The favour was not logged.</source>
        <translation>No se registró el favor.</translation>
    </message>
    <message>
        <source>Open meeting...</source>
        <translation>Abrir reunión...</translation>
    </message>
    <message>
        <source>Delete from the history?</source>
        <translation>¿Eliminar del historial?</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Conservarla</translation>
    </message>
    <message>
        <source>It was not deleted.</source>
        <translation>No se eliminó.</translation>
    </message>
</context>
<context>
    <name>TreeLegend</name>
    <message>
        <source>not called or written yet</source>
        <translation>aún no se le ha llamado ni escrito</translation>
    </message>
    <message>
        <source>called or written to</source>
        <translation>ya se le ha llamado o escrito</translation>
    </message>
    <message>
        <source>a meeting is planned</source>
        <translation>hay una reunión prevista</translation>
    </message>
    <message>
        <source>you have met</source>
        <translation>ya se han reunido</translation>
    </message>
    <message>
        <source>met; stay in touch every few weeks</source>
        <translation>ya se han reunido; mantenga el contacto cada pocas semanas</translation>
    </message>
    <message>
        <source>resting: no follow-up planned</source>
        <translation>en pausa: no hay ningún seguimiento previsto</translation>
    </message>
    <message>
        <source>What the icons mean</source>
        <translation>Qué significan los iconos</translation>
    </message>
    <message>
        <source>{status}: {meaning}</source>
        <translation>{status}: {meaning}</translation>
    </message>
    <message>
        <source>Warm lead: someone who already knows you</source>
        <translation>Contacto cálido: alguien que ya le conoce</translation>
    </message>
    <message>
        <source>Referred: the people this person referred you to. All below: everyone who came through them. Names in bold match your search.</source>
        <translation>Recomendados: las personas que esta persona le recomendó. Todos por debajo: todas las personas que llegaron a través de ella. Los nombres en negrita coinciden con su búsqueda.</translation>
    </message>
</context>
<context>
    <name>TreeMenu</name>
    <message>
        <source>Add a person...</source>
        <translation>Añadir una persona...</translation>
    </message>
    <message>
        <source>Log meeting...</source>
        <translation>Registrar reunión...</translation>
    </message>
    <message>
        <source>Compose a message...</source>
        <translation>Redactar un mensaje...</translation>
    </message>
    <message>
        <source>Open in editor...</source>
        <translation>Abrir en el editor...</translation>
    </message>
    <message>
        <source>Set referrer...</source>
        <translation>Cambiar quién lo recomendó...</translation>
    </message>
    <message>
        <source>Add a person {name} referred...</source>
        <translation>Añadir una persona recomendada por {name}...</translation>
    </message>
    <message>
        <source>Add a person they referred...</source>
        <translation>Añadir una persona recomendada por este contacto...</translation>
    </message>
</context>
<context>
    <name>TreeOutput</name>
    <message>
        <source>Save tree as image...</source>
        <translation>Guardar el árbol como imagen...</translation>
    </message>
    <message>
        <source>Print tree...</source>
        <translation>Imprimir el árbol...</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>{path} could not be written.</source>
        <translation>No se pudo escribir {path}.</translation>
    </message>
    <message>
        <source>Save the referral tree</source>
        <translation>Guardar el árbol de recomendaciones</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg)</source>
        <translation>Imagen PNG (*.png);;Dibujo SVG (*.svg)</translation>
    </message>
    <message>
        <source>Saved the tree to {path}</source>
        <translation>Árbol guardado en {path}</translation>
    </message>
    <message>
        <source>Picture not saved</source>
        <translation>No se guardó la imagen</translation>
    </message>
    <message>
        <source>Print the referral tree</source>
        <translation>Imprimir el árbol de recomendaciones</translation>
    </message>
</context>
<context>
    <name>TreePicture</name>
    <message>
        <source>(level {n}) </source>
        <translation>(nivel {n}) </translation>
    </message>
    <message>
        <source>{referred} referred · {below} below</source>
        <translation>{referred} recomendados · {below} por debajo</translation>
    </message>
</context>
<context>
    <name>WaitingBar</name>
    <message>
        <source>{count} more waiting beyond this week&apos;s capacity (calls and e-mails: {calls}, meetings: {meetings}; Edit &gt; Preferences changes it)</source>
        <translation>{count} más en espera por encima de la capacidad de esta semana (llamadas y correos electrónicos: {calls}, reuniones: {meetings}; se cambia en Editar &gt; Preferencias)</translation>
    </message>
    <message>
        <source>Hide what is waiting</source>
        <translation>Ocultar lo que está en espera</translation>
    </message>
    <message>
        <source>Show all {count} waiting</source>
        <translation>Mostrar los {count} en espera</translation>
    </message>
</context>
<context>
    <name>WeekPlan</name>
    <message>
        <source>Ask {name} for an introduction at {company} before applying</source>
        <translation>Pedir a {name} que me presente en {company} antes de enviar la candidatura</translation>
    </message>
    <message>
        <source>Ask {name}, who used to work at {company}, for an introduction before applying</source>
        <translation>Pedir a {name}, que trabajó en {company}, que me presente antes de enviar la candidatura</translation>
    </message>
    <message>
        <source>Thank-you notes overdue</source>
        <translation>Notas de agradecimiento atrasadas</translation>
    </message>
    <message>
        <source>Follow-ups overdue</source>
        <translation>Seguimientos atrasados</translation>
    </message>
    <message>
        <source>Thank-you notes due this week</source>
        <translation>Notas de agradecimiento pendientes esta semana</translation>
    </message>
    <message>
        <source>Follow-ups due this week</source>
        <translation>Seguimientos pendientes esta semana</translation>
    </message>
    <message>
        <source>Referrals waiting for a first call</source>
        <translation>Recomendaciones a la espera de una primera llamada</translation>
    </message>
    <message>
        <source>Postings with a deadline</source>
        <translation>Ofertas de empleo con fecha límite</translation>
    </message>
    <message>
        <source>Interviews to prepare or follow up</source>
        <translation>Entrevistas de trabajo que preparar o con las que hacer un seguimiento</translation>
    </message>
    <message>
        <source>Introductions to ask for before applying</source>
        <translation>Presentaciones que pedir antes de enviar la candidatura</translation>
    </message>
    <message>
        <source>Warm leads to reach out to</source>
        <translation>Contactos cálidos a los que dirigirse</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>Pendientes de mantener el contacto</translation>
    </message>
    <message>
        <source>Postings gone quiet</source>
        <translation>Ofertas de empleo estancadas</translation>
    </message>
    <message>
        <source>Meetings booked this week</source>
        <translation>Reuniones concertadas esta semana</translation>
    </message>
</context>
<context>
    <name>WeekView</name>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Go to this week</source>
        <translation>Ir a esta semana</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>The week&apos;s plan could not be read: {error}</source>
        <translation>No se pudo leer el plan de la semana: {error}</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>Thank-you notes owed</source>
        <translation>Notas de agradecimiento pendientes</translation>
    </message>
    <message>
        <source>Today · {day}</source>
        <translation>Hoy · {day}</translation>
    </message>
    <message>
        <source>Referrals not yet contacted</source>
        <translation>Recomendaciones aún sin contactar</translation>
    </message>
    <message>
        <source>Warm leads to reach out to</source>
        <translation>Contactos cálidos a los que dirigirse</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>Pendientes de mantener el contacto</translation>
    </message>
    <message>
        <source>Give back: they helped you more than once</source>
        <translation>Devolver el favor: le han ayudado más de una vez</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message>
        <source>Ask for an introduction before applying</source>
        <translation>Pedir una presentación antes de enviar la candidatura</translation>
    </message>
    <message>
        <source>Gone quiet: no step in two weeks</source>
        <translation>Estancadas: ningún paso en dos semanas</translation>
    </message>
    <message>
        <source>{what} ({count})</source>
        <translation>{what} ({count})</translation>
    </message>
    <message>
        <source>Nothing planned for this week yet</source>
        <translation>Aún no hay nada previsto para esta semana</translation>
    </message>
    <message>
        <source>Add the people you already know, or log a meeting: calls, meetings, thank-you notes and follow-ups then appear here.</source>
        <translation>Añada a las personas que ya conoce o registre una reunión: las llamadas, reuniones, notas de agradecimiento y seguimientos aparecerán entonces aquí.</translation>
    </message>
    <message>
        <source>Meetings: {meetings} · Follow-ups due: {follow_ups} (overdue: {overdue}) · Thank-you notes owed: {thank_yous} (overdue: {late}) · Referrals to call: {referrals}</source>
        <translation>Reuniones: {meetings} · Seguimientos pendientes: {follow_ups} (atrasados: {overdue}) · Notas de agradecimiento pendientes: {thank_yous} (atrasadas: {late}) · Recomendaciones por llamar: {referrals}</translation>
    </message>
    <message>
        <source>Show {count} more…</source>
        <translation>Mostrar {count} más…</translation>
    </message>
    <message>
        <source>{count} not shown; the printed sheet lists them all</source>
        <translation>{count} sin mostrar; la hoja impresa los incluye todos</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Warm lead; last contact: {last}</source>
        <translation>Contacto cálido; último contacto: {last}</translation>
    </message>
    <message>
        <source>Thank-you note to {name}</source>
        <translation>Nota de agradecimiento a {name}</translation>
    </message>
    <message>
        <source>ddd d MMM</source>
        <translation>ddd, d MMM</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <translation>dddd, d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>Interview for {title} at {company}</source>
        <translation>Entrevista para {title} en {company}</translation>
    </message>
    <message>
        <source>for the meeting of {day}</source>
        <translation>por la reunión del {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>para el {day}</translation>
    </message>
    <message>
        <source>Tick when the note is sent</source>
        <translation>Márquelo cuando envíe la nota</translation>
    </message>
    <message>
        <source>Follow up with {name}</source>
        <translation>Seguimiento con {name}</translation>
    </message>
    <message>
        <source>they will call ahead</source>
        <translation>llamará antes para presentarle</translation>
    </message>
    <message>
        <source>Tick when you have called or written</source>
        <translation>Márquelo cuando haya llamado o escrito</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>toca hoy</translation>
    </message>
    <message>
        <source>last in touch {day}</source>
        <translation>último contacto el {day}</translation>
    </message>
    <message>
        <source>not in touch since added</source>
        <translation>sin contacto desde que se añadió</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}</source>
        <translation>Mantener el contacto {rhythm}</translation>
    </message>
    <message>
        <source>last helped {day}</source>
        <translation>última ayuda el {day}</translation>
    </message>
    <message>
        <source>Offer something back: what they need is on their card</source>
        <translation>Ofrezca algo a cambio: lo que necesita figura en su ficha</translation>
    </message>
    <message>
        <source>{title} at {company}</source>
        <translation>{title} en {company}</translation>
    </message>
    <message>
        <source>not booked</source>
        <translation>sin concertar</translation>
    </message>
    <message>
        <source>Interviewing: no interview booked this week</source>
        <translation>En entrevistas: ninguna entrevista concertada esta semana</translation>
    </message>
    <message>
        <source>Interview with {name}</source>
        <translation>Entrevista con {name}</translation>
    </message>
    <message>
        <source>last step {day}</source>
        <translation>último paso el {day}</translation>
    </message>
    <message>
        <source>no step yet</source>
        <translation>ningún paso aún</translation>
    </message>
    <message>
        <source>{stage}: follow up, or close it</source>
        <translation>{stage}: haga un seguimiento o ciérrela</translation>
    </message>
    <message>
        <source>deadline passed {day}</source>
        <translation>plazo vencido el {day}</translation>
    </message>
    <message>
        <source>apply by {day}</source>
        <translation>solicitar hasta el {day}</translation>
    </message>
    <message>
        <source>{stage}: apply now, or let it go</source>
        <translation>{stage}: envíe ya su candidatura o déjela pasar</translation>
    </message>
    <message>
        <source>{stage}: apply before the deadline</source>
        <translation>{stage}: envíe su candidatura antes de la fecha límite</translation>
    </message>
    <message>
        <source>Press Enter or double-click to open it</source>
        <translation>Pulse Intro o haga doble clic para abrirla</translation>
    </message>
    <message>
        <source>Tick off {item}</source>
        <translation>Marcar {item}</translation>
    </message>
    <message>
        <source>Untick {item}</source>
        <translation>Desmarcar {item}</translation>
    </message>
    <message>
        <source>That was not ticked off.</source>
        <translation>No se marcó.</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Teléfono o correo electrónico</translation>
    </message>
    <message>
        <source>Job postings</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <source>Posting</source>
        <translation>Oferta de empleo</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Qué hacer</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>Por enviar</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Plazo</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Send to</source>
        <translation>Enviar a</translation>
    </message>
    <message>
        <source>Who to call next</source>
        <translation>A quién llamar a continuación</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semana pasada</translation>
    </message>
    <message>
        <source>Week {number}</source>
        <translation>Semana {number}</translation>
    </message>
    <message>
        <source>{first} – {last} · week {number}</source>
        <translation>{first} – {last} · semana {number}</translation>
    </message>
    <message>
        <source>Press Enter or double-click to show more</source>
        <translation>Pulse Intro o haga doble clic para mostrar más</translation>
    </message>
    <message>
        <source>That was not unticked.</source>
        <translation>No se desmarcó.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo ticking off {item}</source>
        <translation>Deshacer la marca de {item}</translation>
    </message>
    <message>
        <source>Compose a message...</source>
        <translation>Redactar un mensaje...</translation>
    </message>
    <message>
        <source>{count} not listed yet</source>
        <translation>{count} aún sin incluir</translation>
    </message>
</context>
<context>
    <name>WeeklySheet</name>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (continuación)</translation>
    </message>
    <message>
        <source>No phone or e-mail on file: look them up before calling</source>
        <translation>Sin teléfono ni correo electrónico registrados: búsquelos antes de llamar</translation>
    </message>
    <message>
        <source>New referral</source>
        <translation>Nueva recomendación</translation>
    </message>
    <message>
        <source>Was due {day}</source>
        <translation>Vencía el {day}</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Para el {day}</translation>
    </message>
    <message>
        <source>Follow up, was due {day}</source>
        <translation>Seguimiento, vencía el {day}</translation>
    </message>
    <message>
        <source>Follow up {day}</source>
        <translation>Seguimiento el {day}</translation>
    </message>
    <message>
        <source>Referred by {name}, who will call ahead</source>
        <translation>Recomendado por {name}, que llamará antes para presentarle</translation>
    </message>
    <message>
        <source>Referred by {name}</source>
        <translation>Recomendado por {name}</translation>
    </message>
    <message>
        <source>they will call ahead</source>
        <translation>llamará antes para presentarle</translation>
    </message>
    <message>
        <source>Why meet: {reason}</source>
        <translation>Por qué reunirse: {reason}</translation>
    </message>
    <message>
        <source>{kind} meeting</source>
        <translation>Reunión ({kind})</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Time boundary: {minutes} minutes, finish by {end}</source>
        <translation>Límite de tiempo: {minutes} minutos, terminar a las {end}</translation>
    </message>
    <message>
        <source>Ask for two names:</source>
        <translation>Pida dos nombres:</translation>
    </message>
    <message>
        <source>Met {day}</source>
        <translation>Reunión el {day}</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Correo electrónico: {email}</translation>
    </message>
    <message>
        <source>Post: {address}</source>
        <translation>Correo postal: {address}</translation>
    </message>
    <message>
        <source>No address on file: ask for a card or look it up</source>
        <translation>Sin dirección registrada: pida una tarjeta o búsquela</translation>
    </message>
    <message>
        <source>Last in touch {day}</source>
        <translation>Último contacto: {day}</translation>
    </message>
    <message>
        <source>Not contacted yet</source>
        <translation>Aún sin contactar</translation>
    </message>
    <message>
        <source>Not booked yet</source>
        <translation>Aún sin concertar</translation>
    </message>
    <message>
        <source>Last step {day}</source>
        <translation>Último paso el {day}</translation>
    </message>
    <message>
        <source>Deadline passed {day}</source>
        <translation>Plazo vencido el {day}</translation>
    </message>
    <message>
        <source>Apply by {day}</source>
        <translation>Solicitar hasta el {day}</translation>
    </message>
    <message>
        <source>Interviewing: book the next interview or follow up</source>
        <translation>En entrevistas: concierte la próxima entrevista o haga un seguimiento</translation>
    </message>
    <message>
        <source>Interview with {name}: prepare, and send a thank-you</source>
        <translation>Entrevista con {name}: prepárela y envíe después una nota de agradecimiento</translation>
    </message>
    <message>
        <source>{stage}, and quiet since: follow up, or close it</source>
        <translation>{stage}, y sin novedades desde entonces: haga un seguimiento o ciérrela</translation>
    </message>
    <message>
        <source>{stage}: apply, or let it go</source>
        <translation>{stage}: envíe su candidatura o déjela pasar</translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation>Entrevistas</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message>
        <source>Ask for an introduction before applying</source>
        <translation>Pedir una presentación antes de enviar la candidatura</translation>
    </message>
    <message>
        <source>Gone quiet: no step in two weeks</source>
        <translation>Estancadas: ningún paso en dos semanas</translation>
    </message>
    <message>
        <source>no meetings held</source>
        <translation>ninguna reunión celebrada</translation>
    </message>
    <message>
        <source>goal reached</source>
        <translation>objetivo alcanzado</translation>
    </message>
    <message>
        <source>below the goal</source>
        <translation>por debajo del objetivo</translation>
    </message>
    <message>
        <source>{value} ({verdict})</source>
        <translation>{value} ({verdict})</translation>
    </message>
    <message>
        <source>{part} of {whole}</source>
        <translation>{part} de {whole}</translation>
    </message>
    <message>
        <source>Contacts added</source>
        <translation>Contactos añadidos</translation>
    </message>
    <message>
        <source>People reached</source>
        <translation>Personas contactadas</translation>
    </message>
    <message>
        <source>Referrals per meeting (goal {goal})</source>
        <translation>Recomendaciones por reunión (objetivo {goal})</translation>
    </message>
    <message>
        <source>Introductions obtained</source>
        <translation>Presentaciones obtenidas</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Applications with an introduction</source>
        <translation>Candidaturas recomendadas</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Ofertas recibidas</translation>
    </message>
    <message>
        <source>Last week</source>
        <translation>Semana pasada</translation>
    </message>
    <message>
        <source>Whole campaign</source>
        <translation>Toda la campaña</translation>
    </message>
    <message>
        <source>Meetings held, last {n} weeks: {last}</source>
        <translation>Reuniones celebradas, últimas {n} semanas: {last}</translation>
    </message>
    <message>
        <source>Names per meeting, last {n} weeks (goal {goal}): {last}</source>
        <translation>Nombres por reunión, últimas {n} semanas (objetivo {goal}): {last}</translation>
    </message>
    <message>
        <source>none due</source>
        <translation>ninguna pendiente</translation>
    </message>
    <message>
        <source>Meetings held</source>
        <translation>Reuniones celebradas</translation>
    </message>
    <message>
        <source>Referrals obtained</source>
        <translation>Recomendaciones obtenidas</translation>
    </message>
    <message>
        <source>Thank-you notes sent on time</source>
        <translation>Notas de agradecimiento enviadas a tiempo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Calls and e-mails to make</source>
        <translation>Llamadas y correos electrónicos pendientes</translation>
    </message>
    <message>
        <source>No calls or e-mails due this week.</source>
        <translation>No hay llamadas ni correos electrónicos pendientes esta semana.</translation>
    </message>
    <message>
        <source>Meetings this week</source>
        <translation>Reuniones de esta semana</translation>
    </message>
    <message>
        <source>No meetings booked yet: the calls above are how you get them.</source>
        <translation>Aún no hay reuniones concertadas: las llamadas de arriba son la forma de conseguirlas.</translation>
    </message>
    <message>
        <source>Thank-you notes owed</source>
        <translation>Notas de agradecimiento pendientes</translation>
    </message>
    <message>
        <source>No thank-you notes due this week.</source>
        <translation>No hay notas de agradecimiento pendientes esta semana.</translation>
    </message>
    <message>
        <source>Due to keep in touch</source>
        <translation>Pendientes de mantener el contacto</translation>
    </message>
    <message>
        <source>Give back</source>
        <translation>Devolver el favor</translation>
    </message>
    <message>
        <source>Last week in numbers ({week})</source>
        <translation>La semana pasada en cifras ({week})</translation>
    </message>
    <message>
        <source>Weekly outreach sheet {week}</source>
        <translation>Hoja semanal de contactos {week}</translation>
    </message>
    <message>
        <source>Calls and e-mails</source>
        <translation>Llamadas y correos electrónicos</translation>
    </message>
    <message>
        <source>Thank-you notes</source>
        <translation>Notas de agradecimiento</translation>
    </message>
    <message>
        <source>Overdue from earlier weeks</source>
        <translation>Atrasado de semanas anteriores</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nada atrasado.</translation>
    </message>
    <message>
        <source>and {count} more not printed</source>
        <translation>y {count} más sin imprimir</translation>
    </message>
    <message>
        <source>Job postings</source>
        <translation>Ofertas de empleo</translation>
    </message>
    <message>
        <source>Nothing is planned for this week yet.</source>
        <translation>Aún no hay nada previsto para esta semana.</translation>
    </message>
    <message>
        <source>A good week starts here: call or e-mail the people below, people you already know and have not spoken to for a while. Ask each for fifteen minutes of advice, and at the end of every meeting ask for two names.</source>
        <translation>Una buena semana empieza aquí: llame o escriba a las personas de abajo, personas que ya conoce y con las que hace tiempo que no habla. Pida a cada una quince minutos de consejo y, al final de cada reunión, pida dos nombres.</translation>
    </message>
    <message>
        <source>Who to reach out to next</source>
        <translation>Con quién contactar a continuación</translation>
    </message>
    <message>
        <source>Start with the people you already know: family, friends, neighbours, former co-workers, classmates. Add them to NetDesk as warm leads and they will be listed here.</source>
        <translation>Empiece por las personas que ya conoce: familia, amistades, vecinos, antiguos colegas, compañeros de estudios. Añádalas a NetDesk como contactos cálidos y aparecerán aquí.</translation>
    </message>
    <message>
        <source>Weekly outreach sheet</source>
        <translation>Hoja semanal de contactos</translation>
    </message>
    <message>
        <source>Week {number}, {year}</source>
        <translation>Semana {number}, {year}</translation>
    </message>
    <message>
        <source>NetDesk  ·  printed {day}</source>
        <translation>NetDesk  ·  impreso el {day}</translation>
    </message>
    <message>
        <source>Page {page} of {total}</source>
        <translation>Página {page} de {total}</translation>
    </message>
    <message>
        <source>Cannot start printing (is the printer or file available?)</source>
        <translation>No se puede empezar a imprimir (¿están disponibles la impresora o el archivo?)</translation>
    </message>
    <message>
        <source>Cannot start a new page</source>
        <translation>No se puede empezar una página nueva</translation>
    </message>
    <message>
        <source>And {count} more waiting</source>
        <translation>Y {count} más en espera</translation>
    </message>
    <message>
        <source>This week holds your weekly capacity ({calls} calls and e-mails, {meetings} meetings), the most pressing first. Waiting beyond it:</source>
        <translation>Esta semana incluye su capacidad semanal ({calls} llamadas y correos electrónicos, {meetings} reuniones), primero lo más urgente. En espera por encima de ella:</translation>
    </message>
    <message>
        <source>{what}: {count}</source>
        <translation>{what}: {count}</translation>
    </message>
    <message>
        <source>The first {printed} are printed below; NetDesk lists them all under This week (Show all waiting).</source>
        <translation>Los primeros {printed} se imprimen abajo; NetDesk los muestra todos en Esta semana (Mostrar los … en espera).</translation>
    </message>
    <message>
        <source>NetDesk lists them all under This week (Show all waiting).</source>
        <translation>NetDesk los muestra todos en Esta semana (Mostrar los … en espera).</translation>
    </message>
    <message>
        <source>last in touch {day}</source>
        <translation>último contacto el {day}</translation>
    </message>
    <message>
        <source>not in touch since added</source>
        <translation>sin contacto desde que se añadió</translation>
    </message>
    <message>
        <source>Keep in touch {rhythm}</source>
        <translation>Mantener el contacto {rhythm}</translation>
    </message>
</context>
<context>
    <name>WeeklySheetDialog</name>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Print Weekly Sheet</source>
        <translation>Imprimir hoja semanal</translation>
    </message>
    <message>
        <source>Weekly sheet</source>
        <translation>Hoja semanal</translation>
    </message>
    <message>
        <source>Week:</source>
        <translation>Semana:</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semana anterior</translation>
    </message>
    <message>
        <source>&apos;Week of&apos; d MMM yyyy</source>
        <translation>&apos;Semana del&apos; d MMM yyyy</translation>
    </message>
    <message>
        <source>Pick any day of the week to print</source>
        <translation>Elija cualquier día de la semana que quiera imprimir</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semana siguiente</translation>
    </message>
    <message>
        <source>This Week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Also print what is &amp;waiting</source>
        <translation>Imprimir también lo que está en &amp;espera</translation>
    </message>
    <message>
        <source>After the week&apos;s plan, the first {count} items beyond your weekly capacity (the sheet always says how many wait)</source>
        <translation>Tras el plan de la semana, los primeros {count} elementos por encima de su capacidad semanal (la hoja siempre indica cuántos esperan)</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>Guardar como PDF...</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>The tools that do not fit in the toolbar</source>
        <translation>Las herramientas que no caben en la barra de herramientas</translation>
    </message>
    <message>
        <source>Sheet preview</source>
        <translation>Vista previa de la hoja</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>{iso}: {start} – {end}</source>
        <translation>{iso}: {start} – {end}</translation>
    </message>
    <message>
        <source>(preparing...)</source>
        <translation>(preparando...)</translation>
    </message>
    <message>
        <source>(failed)</source>
        <translation>(falló)</translation>
    </message>
    <message>
        <source>The sheet could not be prepared: {error}</source>
        <translation>No se pudo preparar la hoja: {error}</translation>
    </message>
    <message>
        <source>({count} items, {waiting} more waiting)</source>
        <translation>({count} elementos, {waiting} más en espera)</translation>
    </message>
    <message>
        <source>({count} items)</source>
        <translation>({count} elementos)</translation>
    </message>
    <message>
        <source>(nothing yet)</source>
        <translation>(aún nada)</translation>
    </message>
    <message>
        <source>Weekly outreach sheet {week}</source>
        <translation>Hoja semanal de contactos {week}</translation>
    </message>
    <message>
        <source>Preparing the sheet for {week}...</source>
        <translation>Preparando la hoja de {week}...</translation>
    </message>
    <message>
        <source>Save Weekly Sheet as PDF</source>
        <translation>Guardar la hoja semanal como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written: {error}</source>
        <translation>No se pudo escribir el PDF: {error}</translation>
    </message>
</context>
<context>
    <name>Writer</name>
    <message>
        <source>Another NetDesk window or command is writing; waiting…</source>
        <translation>Otra ventana u orden de NetDesk está escribiendo; esperando…</translation>
    </message>
    <message>
        <source>The database is busy</source>
        <translation>La base de datos está ocupada</translation>
    </message>
    <message>
        <source>Another NetDesk window or command has been writing to this database for {seconds} seconds and is not done yet. Nothing has been changed.</source>
        <translation>Otra ventana u orden de NetDesk lleva {seconds} segundos escribiendo en esta base de datos y aún no ha terminado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Retry to wait for it again, or Cancel to leave everything as it is.</source>
        <translation>Reintentar para volver a esperar, o Cancelar para dejarlo todo como está.</translation>
    </message>
    <message>
        <source>That could not be undone.</source>
        <translation>No se pudo deshacer.</translation>
    </message>
    <message>
        <source>That could not be redone.</source>
        <translation>No se pudo rehacer.</translation>
    </message>
</context>
<context>
    <name>_ClosedStage</name>
    <message>
        <source>{stage}: {n}</source>
        <translation>{stage}: {n}</translation>
    </message>
</context>
<context>
    <name>_FirstSyncAsk</name>
    <message>
        <source>The window was closed before the first sync.</source>
        <translation>La ventana se cerró antes de la primera sincronización.</translation>
    </message>
    <message>
        <source>The first sync with {server} was cancelled: nothing was changed.</source>
        <translation>Se canceló la primera sincronización con {server}: no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>NetDesk is not responding</source>
        <translation>NetDesk no responde</translation>
    </message>
    <message>
        <source>NetDesk is already open with {path} but does not answer. Wait a moment and try again, or close that window first.</source>
        <translation>NetDesk ya está abierto con {path} pero no responde. Espere un momento y vuelva a intentarlo, o cierre antes esa ventana.</translation>
    </message>
    <message>
        <source>NetDesk needs a graphical desktop: no DISPLAY or WAYLAND_DISPLAY is set. The command line works without one: netdesk-cli --help</source>
        <translation>NetDesk necesita un escritorio gráfico: no están definidas ni DISPLAY ni WAYLAND_DISPLAY. La línea de órdenes funciona sin él: netdesk-cli --help</translation>
    </message>
</context>
<context>
    <name>ask_database_path</name>
    <message>
        <source>Open a NetDesk database</source>
        <translation>Abrir una base de datos de NetDesk</translation>
    </message>
    <message>
        <source>NetDesk databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de NetDesk (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>demo</name>
    <message>
        <source>Demo network ({name})</source>
        <translation>Red de demostración ({name})</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>A problem with the database file</source>
        <translation>Un problema con el archivo de la base de datos</translation>
    </message>
    <message>
        <source>NetDesk ran into a problem</source>
        <translation>NetDesk ha encontrado un problema</translation>
    </message>
    <message>
        <source>Something went wrong: {error}</source>
        <translation>Algo salió mal: {error}</translation>
    </message>
    <message>
        <source>Your data is safe: every change already saved stays saved.</source>
        <translation>Sus datos están a salvo: todo cambio ya guardado sigue guardado.</translation>
    </message>
    <message>
        <source>The details are written to {path}.</source>
        <translation>Los detalles se han escrito en {path}.</translation>
    </message>
</context>
<context>
    <name>recovery</name>
    <message>
        <source>Taken</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <source>NetDesk cannot open the database</source>
        <translation>NetDesk no puede abrir la base de datos</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Volver a intentarlo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>{path} is the database you used last, and it is not there: it was moved, renamed or deleted, or it is on a drive that is not connected.</source>
        <translation>{path} es la base de datos que usó la última vez, y no está ahí: se movió, se renombró o se eliminó, o está en una unidad que no está conectada.</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>No se restauró la copia de seguridad</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <source>Add {name}</source>
        <translation>Añadir a {name}</translation>
    </message>
    <message>
        <source>Edit {name}</source>
        <translation>Editar {name}</translation>
    </message>
    <message>
        <source>Delete {name}</source>
        <translation>Eliminar a {name}</translation>
    </message>
    <message>
        <source>Move {name}</source>
        <translation>Mover a {name}</translation>
    </message>
    <message>
        <source>Settle the sync conflict of {field}</source>
        <translation>Resolver el conflicto de sincronización de {field}</translation>
    </message>
    <message>
        <source>Use the server&apos;s {field} for {name}</source>
        <translation>Usar el valor del servidor de {field} para {name}</translation>
    </message>
    <message>
        <source>Keep this computer&apos;s {field} for {name}</source>
        <translation>Conservar el valor de este equipo de {field} para {name}</translation>
    </message>
</context>
</TS>
