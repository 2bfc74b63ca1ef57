<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CardDelegate</name>
    <message numerus="yes">
        <source>%Ln days ago</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people linked</source>
        <translation>
            <numerusform>%Ln person linked</numerusform>
            <numerusform>%Ln people linked</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CompaniesPage</name>
    <message numerus="yes">
        <source>%Ln companies found</source>
        <translation>
            <numerusform>%Ln company found</numerusform>
            <numerusform>%Ln companies found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln companies</source>
        <translation>
            <numerusform>%Ln company</numerusform>
            <numerusform>%Ln companies</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ComposeDialog</name>
    <message numerus="yes">
        <source>Too long for a LinkedIn invitation by %Ln characters: shorten it, or send it as an e-mail or a message.</source>
        <translation>
            <numerusform>Too long for a LinkedIn invitation by %Ln character: shorten it, or send it as an e-mail or a message.</numerusform>
            <numerusform>Too long for a LinkedIn invitation by %Ln characters: shorten it, or send it as an e-mail or a message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactCard</name>
    <message numerus="yes">
        <source>%Ln more introductions</source>
        <translation>
            <numerusform>%Ln more introduction</numerusform>
            <numerusform>%Ln more introductions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactEditing</name>
    <message numerus="yes">
        <source>Delete these %Ln contacts?</source>
        <translation>
            <numerusform>Delete %Ln contact?</numerusform>
            <numerusform>Delete these %Ln contacts?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Delete %Ln contacts</source>
        <translation>
            <numerusform>&amp;Delete %Ln contact</numerusform>
            <numerusform>&amp;Delete %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message numerus="yes">
        <source>%Ln people introduced; click to show them in Contacts</source>
        <translation>
            <numerusform>%Ln person introduced; click to show them in Contacts</numerusform>
            <numerusform>%Ln people introduced; click to show them in Contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln meetings held, {ratio} names per meeting (goal {goal}).</source>
        <translation>
            <numerusform>%Ln meeting held, {ratio} names per meeting (goal {goal}).</numerusform>
            <numerusform>%Ln meetings held, {ratio} names per meeting (goal {goal}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Duplicates</name>
    <message numerus="yes">
        <source>Merged %Ln contacts into {name}. {undo} puts them back.</source>
        <translation>
            <numerusform>Merged %Ln contact into {name}. {undo} puts it back.</numerusform>
            <numerusform>Merged %Ln contacts into {name}. {undo} puts them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <source>%Ln groups of contacts that may be the same person.</source>
        <translation>
            <numerusform>%Ln group of contacts that may be the same person.</numerusform>
            <numerusform>%Ln groups of contacts that may be the same person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Merge %Ln contacts</source>
        <translation>
            <numerusform>&amp;Merge %Ln contact</numerusform>
            <numerusform>&amp;Merge %Ln contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstSyncDialog</name>
    <message numerus="yes">
        <source>%Ln people on the server.</source>
        <translation>
            <numerusform>%Ln person on the server.</numerusform>
            <numerusform>%Ln people on the server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>%Ln problems found:</source>
        <translation>
            <numerusform>%Ln problem found:</numerusform>
            <numerusform>%Ln problems found:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people found: {new} new</source>
        <translation>
            <numerusform>%Ln person found: {new} new</numerusform>
            <numerusform>%Ln people found: {new} new</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportExport</name>
    <message numerus="yes">
        <source>Import %Ln contacts</source>
        <translation>
            <numerusform>Import %Ln contact</numerusform>
            <numerusform>Import %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export the %Ln selected contacts, or everyone?</source>
        <translation>
            <numerusform>Export the %Ln selected contact, or everyone?</numerusform>
            <numerusform>Export the %Ln selected contacts, or everyone?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln contacts to {name}</source>
        <translation>
            <numerusform>Exported %Ln contact to {name}</numerusform>
            <numerusform>Exported %Ln contacts to {name}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KnownThere</name>
    <message numerus="yes">
        <source>Works there (%Ln)</source>
        <translation>
            <numerusform>Works there (%Ln)</numerusform>
            <numerusform>Works there (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used to work there (%Ln)</source>
        <translation>
            <numerusform>Used to work there (%Ln)</numerusform>
            <numerusform>Used to work there (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One introduction away (%Ln)</source>
        <translation>
            <numerusform>One introduction away (%Ln)</numerusform>
            <numerusform>One introduction away (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more (see the Companies page)</source>
        <translation>
            <numerusform>and %Ln more (see the Companies page)</numerusform>
            <numerusform>and %Ln more (see the Companies page)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message numerus="yes">
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapTimeline</name>
    <message numerus="yes">
        <source>Week of {day}: %Ln people</source>
        <translation>
            <numerusform>Week of {day}: %Ln person</numerusform>
            <numerusform>Week of {day}: %Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message numerus="yes">
        <source>people who work there: %Ln</source>
        <translation>
            <numerusform>people who work there: %Ln</numerusform>
            <numerusform>people who work there: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>people who used to work there: %Ln</source>
        <translation>
            <numerusform>people who used to work there: %Ln</numerusform>
            <numerusform>people who used to work there: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>postings: %Ln</source>
        <translation>
            <numerusform>postings: %Ln</numerusform>
            <numerusform>postings: %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>other names: %Ln</source>
        <translation>
            <numerusform>other names: %Ln</numerusform>
            <numerusform>other names: %Ln</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MergeView</name>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln calls, e-mails, notes</source>
        <translation>
            <numerusform>%Ln call, e-mail or note</numerusform>
            <numerusform>%Ln calls, e-mails, notes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln tasks</source>
        <translation>
            <numerusform>%Ln task</numerusform>
            <numerusform>%Ln tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln favours</source>
        <translation>
            <numerusform>%Ln favour</numerusform>
            <numerusform>%Ln favours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln people they referred</source>
        <translation>
            <numerusform>%Ln person they referred</numerusform>
            <numerusform>%Ln people they referred</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeglectedDialog</name>
    <message numerus="yes">
        <source>%Ln people to keep in touch with, the most overdue first.</source>
        <translation>
            <numerusform>%Ln person to keep in touch with, the most overdue first.</numerusform>
            <numerusform>%Ln people to keep in touch with, the most overdue first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NeglectedModel</name>
    <message numerus="yes">
        <source>overdue %Ln days</source>
        <translation>
            <numerusform>overdue %Ln day</numerusform>
            <numerusform>overdue %Ln days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NetworkNumbers</name>
    <message numerus="yes">
        <source>, ... (%Ln more generations)</source>
        <translation>
            <numerusform>, ... (%Ln more generation)</numerusform>
            <numerusform>, ... (%Ln more generations)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln generations below the people you knew; people per generation: {sizes}.</source>
        <translation>
            <numerusform>%Ln generation below the people you knew; people per generation: {sizes}.</numerusform>
            <numerusform>%Ln generations below the people you knew; people per generation: {sizes}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PageImportDialog</name>
    <message numerus="yes">
        <source>%Ln postings read. Check them: correct a cell by typing in it, untick what you do not want, then import.</source>
        <translation>
            <numerusform>%Ln posting read. Check it: correct a cell by typing in it, untick it if you do not want it, then import.</numerusform>
            <numerusform>%Ln postings read. Check them: correct a cell by typing in it, untick what you do not want, then import.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped on the pages (%Ln):</source>
        <translation>
            <numerusform>Skipped on the pages (%Ln):</numerusform>
            <numerusform>Skipped on the pages (%Ln):</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %Ln postings</source>
        <translation>
            <numerusform>&amp;Import %Ln posting</numerusform>
            <numerusform>&amp;Import %Ln postings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Plural</name>
    <message numerus="yes">
        <source>%Ln meetings</source>
        <translation>
            <numerusform>%Ln meeting</numerusform>
            <numerusform>%Ln meetings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln more errors happened since.</source>
        <translation>
            <numerusform>%Ln more error happened since.</numerusform>
            <numerusform>%Ln more errors happened since.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %Ln contacts</source>
        <translation>
            <numerusform>Delete %Ln contact</numerusform>
            <numerusform>Delete %Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Merge %Ln contacts into {name}</source>
        <translation>
            <numerusform>Merge %Ln contact into {name}</numerusform>
            <numerusform>Merge %Ln contacts into {name}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not duplicates (%Ln contacts)</source>
        <translation>
            <numerusform>Not duplicates (%Ln contact)</numerusform>
            <numerusform>Not duplicates (%Ln contacts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %Ln more rows</source>
        <translation>
            <numerusform>... and %Ln more row</numerusform>
            <numerusform>... and %Ln more rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Import %Ln postings</source>
        <translation>
            <numerusform>Import %Ln posting</numerusform>
            <numerusform>Import %Ln postings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings imported.</source>
        <translation>
            <numerusform>%Ln posting imported.</numerusform>
            <numerusform>%Ln postings imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln files could not be read as saved job pages:</source>
        <translation>
            <numerusform>%Ln file could not be read as a saved job page:</numerusform>
            <numerusform>%Ln files could not be read as saved job pages:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reading %Ln job pages…</source>
        <translation>
            <numerusform>Reading %Ln job page…</numerusform>
            <numerusform>Reading %Ln job pages…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Settle %Ln sync conflicts</source>
        <translation>
            <numerusform>Settle %Ln sync conflict</numerusform>
            <numerusform>Settle %Ln sync conflicts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingTableModel</name>
    <message numerus="yes">
        <source>%Ln days since the last step</source>
        <translation>
            <numerusform>%Ln day since the last step</numerusform>
            <numerusform>%Ln days since the last step</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PostingsPage</name>
    <message numerus="yes">
        <source>%Ln postings found</source>
        <translation>
            <numerusform>%Ln posting found</numerusform>
            <numerusform>%Ln postings found</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln postings</source>
        <translation>
            <numerusform>%Ln posting</numerusform>
            <numerusform>%Ln postings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>NetDesk: %n things due today</source>
        <translation>
            <numerusform>NetDesk: %n thing due today</numerusform>
            <numerusform>NetDesk: %n things due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n things due today</source>
        <translation>
            <numerusform>%n thing due today</numerusform>
            <numerusform>%n things due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meeting with {name} at {time}, in %n minutes</source>
        <translation>
            <numerusform>Meeting with {name} at {time}, in %n minute</numerusform>
            <numerusform>Meeting with {name} at {time}, in %n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RingsModel</name>
    <message numerus="yes">
        <source>Works there (%Ln)</source>
        <translation>
            <numerusform>Works there (%Ln)</numerusform>
            <numerusform>Works there (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Used to work there (%Ln)</source>
        <translation>
            <numerusform>Used to work there (%Ln)</numerusform>
            <numerusform>Used to work there (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>One introduction away (%Ln)</source>
        <translation>
            <numerusform>One introduction away (%Ln)</numerusform>
            <numerusform>One introduction away (%Ln)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusCounts</name>
    <message numerus="yes">
        <source>%Ln contacts</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln follow-ups due this week</source>
        <translation>
            <numerusform>%Ln follow-up due this week</numerusform>
            <numerusform>%Ln follow-ups due this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln overdue</source>
        <translation>
            <numerusform>, %Ln overdue</numerusform>
            <numerusform>, %Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncController</name>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sent</source>
        <translation>
            <numerusform>%n sent</numerusform>
            <numerusform>%n sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n merged</source>
        <translation>
            <numerusform>%n merged</numerusform>
            <numerusform>%n merged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted here</source>
        <translation>
            <numerusform>%n deleted here</numerusform>
            <numerusform>%n deleted here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted on the server</source>
        <translation>
            <numerusform>%n deleted on the server</numerusform>
            <numerusform>%n deleted on the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced {when}, %n conflicts to settle</source>
        <translation>
            <numerusform>Synced {when}, %n conflict to settle</numerusform>
            <numerusform>Synced {when}, %n conflicts to settle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncIntegration</name>
    <message numerus="yes">
        <source>Sync &amp;conflicts (%n)...</source>
        <translation>
            <numerusform>Sync &amp;conflict (%n)...</numerusform>
            <numerusform>Sync &amp;conflicts (%n)...</numerusform>
        </translation>
    </message>
</context>
</TS>
