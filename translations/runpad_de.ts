<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../app/core/ApiKeyStore.cpp" line="+43"/>
        <source>API keys are kept in plain text in the settings file %1, because %2.</source>
        <translation>API-Schlüssel werden im Klartext in der Einstellungsdatei %1 gespeichert, weil %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no system keychain could store them (%1)</source>
        <translation>kein System-Schlüsselbund sie speichern konnte (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RunPad was built without QtKeychain</source>
        <translation>RunPad ohne QtKeychain gebaut wurde</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key could not be written to the settings file %1.</source>
        <translation>Der Schlüssel konnte nicht in die Einstellungsdatei %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The system keychain did not store the key: %1.</source>
        <translation>Der System-Schlüsselbund hat den Schlüssel nicht gespeichert: %1.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../app/ui/session/Autosaver.cpp" line="+160"/>
        <source>Your open documents could not be kept for the next start: %1. Save them to files to be safe.</source>
        <translation>Ihre offenen Dokumente konnten nicht für den nächsten Start aufbewahrt werden: %1. Speichern Sie sie sicherheitshalber in Dateien.</translation>
    </message>
</context>
<context>
    <name>BackendSelector</name>
    <message>
        <location filename="../app/ui/BackendSelector.cpp" line="+39"/>
        <location line="+104"/>
        <source>Manage remotes…</source>
        <translation>Remote-Server verwalten…</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Add, check or remove remote servers</source>
        <translation>Remote-Server hinzufügen, prüfen oder entfernen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Run this tab&apos;s code on %1 (%2)</source>
        <translation>Den Code dieses Tabs auf %1 (%2) ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this tab&apos;s code on this computer, in the sandbox</source>
        <translation>Den Code dieses Tabs auf diesem Computer in der Sandbox ausführen</translation>
    </message>
</context>
<context>
    <name>BackendSwitch</name>
    <message>
        <location filename="../app/ui/BackendSwitch.cpp" line="+101"/>
        <source>Nowhere to run</source>
        <translation>Keine Ausführungsumgebung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 unavailable</source>
        <translation>%1 nicht verfügbar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote: %1</source>
        <translation>Remote: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs code on %1</source>
        <translation>Führt Code auf %1 aus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 does not offer %2. The tab keeps %2; pick another language or backend to run it.</source>
        <translation>%1 bietet %2 nicht an. Der Tab behält %2; wählen Sie eine andere Sprache oder ein anderes Backend, um ihn auszuführen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This tab&apos;s backend went away; it runs on %1 now.</source>
        <translation>Das Backend dieses Tabs ist weg; er läuft jetzt auf %1.</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <location filename="../app/core/Backends.cpp" line="+122"/>
        <source>The local sandbox cannot run here (%1), and there is no remote server: add one in Settings ▸ Remote servers.</source>
        <translation>Die lokale Sandbox kann hier nicht laufen (%1), und es gibt keinen Remote-Server: Fügen Sie einen unter Einstellungen ▸ Remote-Server hinzu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This remote server is no longer configured.</source>
        <translation>Dieser Remote-Server ist nicht mehr eingerichtet.</translation>
    </message>
</context>
<context>
    <name>CaseDiffView</name>
    <message numerus="yes">
        <location filename="../app/ui/practice/CaseDiffView.cpp" line="+31"/>
        <source>
… %n more characters not shown</source>
        <translation>
            <numerusform>
… %n weiteres Zeichen nicht angezeigt</numerusform>
            <numerusform>
… %n weitere Zeichen nicht angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+130"/>
        <source>Standard error</source>
        <translation>Standardfehler</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Show &amp;whitespace</source>
        <translation>&amp;Leerraum anzeigen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click a test case to see its expected and actual output side by side.</source>
        <translation>Klicken Sie auf einen Testfall, um erwartete und tatsächliche Ausgabe nebeneinander zu sehen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CPU %1 ms</source>
        <translation>CPU %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wall %1 ms</source>
        <translation>Dauer %1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not run yet: Run all (Ctrl+Shift+Enter) judges every case.</source>
        <translation>Noch nicht ausgeführt: „Alle ausführen“ (Strg+Umschalt+Enter) bewertet jeden Fall.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No expected output: the case passes when the program ends without an error.</source>
        <translation>Keine erwartete Ausgabe: Der Fall besteht, wenn das Programm ohne Fehler endet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet.</source>
        <translation>Noch nicht ausgeführt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no output)</source>
        <translation>(keine Ausgabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compiler messages</source>
        <translation>Compilermeldungen</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <location filename="../app/core/practice/Checker.cpp" line="+97"/>
        <source>line %1: expected %2, found %3</source>
        <translation>Zeile %1: %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: expected %2, found the end of the output</source>
        <translation>Zeile %1: %2 erwartet, aber die Ausgabe endet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: expected the end of the output, found %2</source>
        <translation>Zeile %1: Ende der Ausgabe erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line matches</source>
        <translation>1 Zeile stimmt überein</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lines match</source>
        <translation>
            <numerusform>%n Zeile stimmt überein</numerusform>
            <numerusform>%n Zeilen stimmen überein</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output is exactly as expected</source>
        <translation>Ausgabe genau wie erwartet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: expected a line break at its end, found the end of the output</source>
        <translation>Zeile %1: Zeilenumbruch am Ende erwartet, aber die Ausgabe endet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: expected the end of the output, found a line break</source>
        <translation>Zeile %1: Ende der Ausgabe erwartet, Zeilenumbruch gefunden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the output differs from the expected answer</source>
        <translation>die Ausgabe weicht von der erwarteten Antwort ab</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>token %1 (line %2)</source>
        <translation>Token %1 (Zeile %2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 token matches</source>
        <translation>1 Token stimmt überein</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tokens match</source>
        <translation>
            <numerusform>%n Token stimmt überein</numerusform>
            <numerusform>%n Token stimmen überein</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expected %2, found the end of the output</source>
        <translation>%1: %2 erwartet, aber die Ausgabe endet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: expected the end of the output, found %2</source>
        <translation>%1: Ende der Ausgabe erwartet, %2 gefunden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: expected %2, found %3 (difference %4 is over the tolerance)</source>
        <translation>%1: %2 erwartet, %3 gefunden (Differenz %4 liegt über der Toleranz)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected %2, found %3</source>
        <translation>%1: %2 erwartet, %3 gefunden</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A custom checker runs as a program; it cannot be applied here</source>
        <translation>Ein eigener Checker läuft als Programm; er kann hier nicht angewendet werden</translation>
    </message>
</context>
<context>
    <name>CompetitiveCompanionListener</name>
    <message>
        <location filename="../app/core/practice/CompetitiveCompanionListener.cpp" line="+79"/>
        <source>Cannot listen for Competitive Companion on 127.0.0.1:%1: %2. Choose another port in the settings and add it to the extension&apos;s custom ports.</source>
        <translation>Auf 127.0.0.1:%1 kann nicht auf Competitive Companion gewartet werden: %2. Wählen Sie in den Einstellungen einen anderen Port und fügen Sie ihn den eigenen Ports (Custom ports) der Erweiterung hinzu.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Content-Type must be application/json</source>
        <translation>Content-Type muss application/json sein</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>der Inhalt ist kein gültiges JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body must be a JSON object</source>
        <translation>der Inhalt muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>batch must be {&quot;id&quot;: a string, &quot;size&quot;: 1 to 1000}</source>
        <translation>batch muss {&quot;id&quot;: eine Zeichenkette, &quot;size&quot;: 1 bis 1000} sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received %1</source>
        <translation>%1 empfangen</translation>
    </message>
</context>
<context>
    <name>CompetitiveCompanionPage</name>
    <message>
        <location filename="../app/ui/practice/CompetitiveCompanionPage.cpp" line="+16"/>
        <source>&amp;Receive problems from Competitive Companion</source>
        <translation>Aufgaben von Competitive Companion &amp;empfangen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The language of the tab in view</source>
        <translation>Die Sprache des angezeigten Tabs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of new problems:</source>
        <translation>&amp;Sprache neuer Aufgaben:</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Off: problems sent from the browser are not received.</source>
        <translation>Aus: Vom Browser gesendete Aufgaben werden nicht empfangen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on 127.0.0.1:%1.</source>
        <translation>Wartet auf 127.0.0.1:%1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. Another program uses port %2: close it, or pick another port here and in the extension.</source>
        <translation>%1. Ein anderes Programm verwendet Port %2: Schließen Sie es, oder wählen Sie hier und in der Erweiterung einen anderen Port.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is in the extension&apos;s own list, for another tool: with that tool running too, pick another port.</source>
        <translation>Port %1 steht in der eigenen Liste der Erweiterung, für ein anderes Werkzeug: Läuft dieses Werkzeug ebenfalls, wählen Sie einen anderen Port.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;&lt;a href=&quot;https://github.com/jmerle/competitive-companion&quot;&gt;Competitive Companion&lt;/a&gt; is a browser extension (Firefox, Chrome) that sends a problem to RunPad with one click on its page: the problem opens in a new tab with its sample tests and its time and memory limits; a whole contest opens a tab for each problem.&lt;/p&gt;&lt;p&gt;The extension does not know RunPad&apos;s port yet. To add it:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open the extension&apos;s options (right-click its green plus icon, then &lt;i&gt;Manage extension&lt;/i&gt; or &lt;i&gt;Options&lt;/i&gt;).&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Custom ports&lt;/b&gt;, add &lt;b&gt;%1&lt;/b&gt; (ports are separated by commas) and save.&lt;/li&gt;&lt;li&gt;On a problem&apos;s page, click the green plus: the problem opens here.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;https://github.com/jmerle/competitive-companion&quot;&gt;Competitive Companion&lt;/a&gt; ist eine Browsererweiterung (Firefox, Chrome), die eine Aufgabe mit einem Klick auf ihrer Seite an RunPad sendet: Die Aufgabe öffnet sich in einem neuen Tab mit ihren Beispieltests und ihren Zeit- und Speicherlimits; ein ganzer Wettbewerb öffnet einen Tab je Aufgabe.&lt;/p&gt;&lt;p&gt;Die Erweiterung kennt den Port von RunPad noch nicht. So fügen Sie ihn hinzu:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Öffnen Sie die Optionen der Erweiterung (Rechtsklick auf ihr grünes Plus-Symbol, dann &lt;i&gt;Manage extension&lt;/i&gt; oder &lt;i&gt;Options&lt;/i&gt;).&lt;/li&gt;&lt;li&gt;Fügen Sie unter &lt;b&gt;Custom ports&lt;/b&gt; &lt;b&gt;%1&lt;/b&gt; hinzu (Ports werden durch Kommas getrennt) und speichern Sie.&lt;/li&gt;&lt;li&gt;Klicken Sie auf der Seite einer Aufgabe auf das grüne Plus: Die Aufgabe öffnet sich hier.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>ConsoleInput</name>
    <message>
        <location filename="../app/ui/ConsoleInput.cpp" line="+27"/>
        <source>&lt;p&gt;What you type here goes to the running program&apos;s input (stdin): Enter sends the line, Ctrl+D ends the input.&lt;/p&gt;&lt;p&gt;This works while the Input box is empty. When the Input box has text, the program gets that text and its input ends there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Was Sie hier tippen, geht an die Eingabe (stdin) des laufenden Programms: Enter sendet die Zeile, Strg+D beendet die Eingabe.&lt;/p&gt;&lt;p&gt;Das funktioniert, solange das Eingabefeld leer ist. Enthält das Eingabefeld Text, erhält das Programm diesen Text, und seine Eingabe endet dort.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the program&apos;s input, as Ctrl+D does in a terminal (Ctrl+D)</source>
        <translation>Die Eingabe des Programms beenden, wie Strg+D im Terminal (Strg+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>End input</source>
        <translation>Eingabe beenden</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Type input, Enter sends it</source>
        <translation>Eingabe tippen, Enter sendet sie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The program read the Input box; empty it to type input here while the program runs</source>
        <translation>Das Programm hat das Eingabefeld gelesen; leeren Sie es, um hier während des Laufs einzugeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input ended</source>
        <translation>Eingabe beendet</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <location filename="../app/ui/ConsoleView.cpp" line="+58"/>
        <source>Program output appears here.</source>
        <translation>Die Ausgabe des Programms erscheint hier.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>[%1 of earlier output not kept]</source>
        <translation>[%1 der früheren Ausgabe nicht behalten]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Go to %1, line %2</source>
        <translation>Zu %1, Zeile %2 springen</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message>
        <location filename="../app/ui/practice/Counted.cpp" line="+9"/>
        <source>1 test case</source>
        <translation>1 Testfall</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n test cases</source>
        <translation>
            <numerusform>%n Testfall</numerusform>
            <numerusform>%n Testfälle</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 test</source>
        <translation>1 Test</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tests</source>
        <translation>
            <numerusform>%n Test</numerusform>
            <numerusform>%n Tests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomChecker</name>
    <message>
        <location filename="../app/core/practice/CustomChecker.cpp" line="+58"/>
        <source>The checker could not run: %1</source>
        <translation>Der Checker konnte nicht laufen: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pick the language of the custom checker.</source>
        <translation>Wählen Sie die Sprache des eigenen Checkers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the custom checker&apos;s code, or choose a built-in checker.</source>
        <translation>Schreiben Sie den Code des eigenen Checkers oder wählen Sie einen eingebauten Checker.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The custom checker&apos;s language, %1, is not one RunPad knows.</source>
        <translation>Die Sprache des eigenen Checkers, %1, kennt RunPad nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom checker cannot be written in %1: of the compiled languages only C and C++ can check, so choose one of them or a language that needs no compiling, such as Python.</source>
        <translation>Ein eigener Checker kann nicht in %1 geschrieben werden: Von den kompilierten Sprachen können nur C und C++ prüfen. Wählen Sie eine davon oder eine Sprache ohne Kompilieren, etwa Python.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The checker failed (exit code %1): %2</source>
        <translation>Der Checker ist fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it said nothing</source>
        <translation>er hat nichts ausgegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The checker failed: %1 (%2)%3</source>
        <translation>Der Checker ist fehlgeschlagen: %1 (%2)%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The checker did not compile:
%1</source>
        <translation>Der Checker ließ sich nicht kompilieren:
%1</translation>
    </message>
</context>
<context>
    <name>DiagnosticMarks</name>
    <message>
        <location filename="../editor/DiagnosticMarks.cpp" line="+28"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../app/ui/DocumentController.cpp" line="+150"/>
        <source>Open File</source>
        <translation>Datei öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1:
%2</source>
        <translation>%1 kann nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The tests in %1 could not be read: %2</source>
        <translation>Die Tests in %1 konnten nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>Save File</source>
        <translation>Datei speichern</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The code is saved, but its tests could not be saved to %1:
%2</source>
        <translation>Der Code ist gespeichert, aber seine Tests konnten nicht in %1 gespeichert werden:
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot save %1:
%2
Your text is still here, not saved.</source>
        <translation>%1 kann nicht gespeichert werden:
%2
Ihr Text ist noch da, aber nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save As</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 could not be opened again: %2</source>
        <translation>%1 konnte nicht erneut geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1 wurde auf der Festplatte geändert und neu geladen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reload %1: %2</source>
        <translation>%1 kann nicht neu geladen werden: %2</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <location filename="../app/ui/session/DocumentState.cpp" line="+24"/>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be a number, at least 0</source>
        <translation>%1 muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a document&apos;s id is missing or not usable</source>
        <translation>die ID eines Dokuments fehlt oder ist unbrauchbar</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its content belongs to another document</source>
        <translation>sein Inhalt gehört zu einem anderen Dokument</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text must be a string</source>
        <translation>text muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its text is missing</source>
        <translation>sein Text fehlt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem must be an object</source>
        <translation>problem muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its problem: %1</source>
        <translation>seine Aufgabe: %1</translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <location filename="../app/ui/DocumentTabs.cpp" line="+136"/>
        <source>Open Files</source>
        <translation>Dateien öffnen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../editor/EditActions.cpp" line="+37"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>A&amp;lles auswählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toggle &amp;Comment</source>
        <translation>Kommentar &amp;umschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate Line or Selection</source>
        <translation>Zeile oder Auswahl &amp;duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Line &amp;Up</source>
        <translation>Zeile nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Line Do&amp;wn</source>
        <translation>Zeile nach u&amp;nten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Line</source>
        <translation>Zeile lö&amp;schen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>Su&amp;chen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>Erset&amp;zen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>Weitersuc&amp;hen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>Rückwär&amp;ts suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Line…</source>
        <translation>&amp;Gehe zu Zeile…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;Zoom</source>
        <translation>&amp;Zoom zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Whitespace</source>
        <translation>&amp;Leerraum anzeigen</translation>
    </message>
</context>
<context>
    <name>FileChangedBar</name>
    <message>
        <location filename="../app/ui/session/FileChangedBar.cpp" line="+13"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace your text with the file as it is on disk now</source>
        <translation>Ihren Text durch die Datei ersetzen, wie sie jetzt auf der Festplatte ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your text; saving it will overwrite the file</source>
        <translation>Ihren Text behalten; Speichern überschreibt die Datei</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 changed on disk.</source>
        <translation>%1 wurde auf der Festplatte geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was deleted on disk. Your text is kept, unsaved; save it to write the file again.</source>
        <translation>%1 wurde auf der Festplatte gelöscht. Ihr Text bleibt ungespeichert erhalten; speichern Sie ihn, um die Datei neu zu schreiben.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../editor/FindBar.cpp" line="+58"/>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>With a regular expression, \1 to \9 insert the captured groups</source>
        <translation>Bei regulären Ausdrücken fügen \1 bis \9 die erfassten Gruppen ein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Match case</source>
        <translation>Groß-/Kleinschreibung beachten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole words</source>
        <translation>Ganze Wörter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>Regulärer Ausdruck</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>Vorheriger Treffer (Umschalt+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (Enter)</source>
        <translation>Nächster Treffer (Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>Schließen (Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace this match</source>
        <translation>Diesen Treffer ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>Alle ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>Jeden Treffer ersetzen</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Replaced 1 occurrence</source>
        <translation>1 Vorkommen ersetzt</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Replaced %n occurrences</source>
        <translation>
            <numerusform>%n Vorkommen ersetzt</numerusform>
            <numerusform>%n Vorkommen ersetzt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Invalid regular expression: %1</source>
        <translation>Ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No results</source>
        <translation>Keine Treffer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2+</source>
        <translation>%1 von %2+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ matches</source>
        <translation>%1+ Treffer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoToLineBar</name>
    <message>
        <location filename="../editor/GoToLineBar.cpp" line="+24"/>
        <source>Go to line:</source>
        <translation>Gehe zu Zeile:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1:%2, lines 1 to %3</source>
        <translation>%1:%2, Zeilen 1 bis %3</translation>
    </message>
</context>
<context>
    <name>HelperConnection</name>
    <message>
        <location filename="../app/core/HelperConnection.cpp" line="+20"/>
        <source>The helper closed the connection.</source>
        <translation>Der Helfer hat die Verbindung geschlossen.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The helper sent a message longer than %1 MiB.</source>
        <translation>Der Helfer hat eine Nachricht über %1 MiB gesendet.</translation>
    </message>
</context>
<context>
    <name>HttpRequestReader</name>
    <message>
        <location filename="../app/core/practice/HttpRequestReader.cpp" line="+50"/>
        <location line="+4"/>
        <source>the request&apos;s headers are longer than %1 bytes</source>
        <translation>die Header der Anfrage sind länger als %1 Bytes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the request line is not HTTP/1.1: &apos;%1&apos;</source>
        <translation>die Anfragezeile ist nicht HTTP/1.1: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>header line %1 is malformed</source>
        <translation>Headerzeile %1 ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content-Length is given twice</source>
        <translation>Content-Length ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only POST is accepted here, not %1</source>
        <translation>hier wird nur POST angenommen, nicht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chunked bodies are not accepted: send Content-Length</source>
        <translation>Chunked-Inhalte werden nicht angenommen: Senden Sie Content-Length</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content-Length is required</source>
        <translation>Content-Length ist erforderlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content-Length is not a number of bytes: &apos;%1&apos;</source>
        <translation>Content-Length ist keine Anzahl von Bytes: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is %1 bytes; at most %2 are accepted</source>
        <translation>der Inhalt hat %1 Bytes; höchstens %2 werden angenommen</translation>
    </message>
</context>
<context>
    <name>Judge</name>
    <message>
        <location filename="../app/core/practice/Judge.cpp" line="+50"/>
        <source>stdout length exceeded</source>
        <translation>stdout-Länge überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stderr length exceeded</source>
        <translation>stderr-Länge überschritten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox failed: %1</source>
        <translation>Die Sandbox ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Killed by %1</source>
        <translation>Beendet durch %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exited with code %1</source>
        <translation>Beendet mit Code %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No expected output: judged by the exit status alone</source>
        <translation>Keine erwartete Ausgabe: nur nach dem Exit-Status bewertet</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Compilation took too long: %1</source>
        <translation>Das Kompilieren hat zu lange gedauert: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compilation failed</source>
        <translation>Kompilieren fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>KeyBar</name>
    <message>
        <location filename="../app/ui/layout/KeyBar.cpp" line="+25"/>
        <source>Tab</source>
        <translation>Tab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>Runter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../app/ui/LanguagePicker.cpp" line="+11"/>
        <source>Language of the document</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (not installed)</source>
        <translation>%1 (nicht installiert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backend has no runtime for %1.</source>
        <translation>Das Backend hat keine Laufzeitumgebung für %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no runtime for %2.</source>
        <translation>%1 hat keine Laufzeitumgebung für %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>LocalSandboxBackend</name>
    <message>
        <location filename="../app/core/LocalSandboxBackend.cpp" line="+191"/>
        <source>Cannot create the folder %1 for the sandbox helper.</source>
        <translation>Der Ordner %1 für den Sandbox-Helfer kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 belongs to someone else, so the sandbox helper cannot use it.</source>
        <translation>Der Ordner %1 gehört jemand anderem, daher kann der Sandbox-Helfer ihn nicht verwenden.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sandbox helper %1 could not be started: %2.</source>
        <translation>Der Sandbox-Helfer %1 konnte nicht gestartet werden: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox helper is not installed: %1 does not exist.</source>
        <translation>Der Sandbox-Helfer ist nicht installiert: %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sandbox helper said something unexpected: %1</source>
        <translation>Der Sandbox-Helfer hat etwas Unerwartetes gemeldet: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sandbox helper crashed while starting.</source>
        <translation>Der Sandbox-Helfer ist beim Start abgestürzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox helper cannot build a sandbox on this computer: it needs root, or user namespaces for a rootless sandbox.</source>
        <translation>Der Sandbox-Helfer kann auf diesem Computer keine Sandbox aufbauen: Er braucht root oder, für eine Sandbox ohne root, User-Namespaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox helper stopped while starting (exit code %1).</source>
        <translation>Der Sandbox-Helfer hat sich beim Start beendet (Exit-Code %1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot connect to the sandbox helper at %1: %2</source>
        <translation>Keine Verbindung zum Sandbox-Helfer unter %1: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The program at %1 is not a compatible sandbox helper.</source>
        <translation>Das Programm unter %1 ist kein kompatibler Sandbox-Helfer.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The sandbox helper stopped unexpectedly; it will be restarted for the next run.</source>
        <translation>Der Sandbox-Helfer wurde unerwartet beendet; er wird für den nächsten Lauf neu gestartet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Local sandbox unavailable</source>
        <translation>Lokale Sandbox nicht verfügbar</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>The sandbox helper did not get ready within %n seconds.</source>
        <translation>
            <numerusform>Der Sandbox-Helfer war nicht innerhalb von %n Sekunde bereit.</numerusform>
            <numerusform>Der Sandbox-Helfer war nicht innerhalb von %n Sekunden bereit.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox helper at %1 does not answer.</source>
        <translation>Der Sandbox-Helfer unter %1 antwortet nicht.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>runpad-sandbox is neither beside RunPad, nor in ../libexec, nor on PATH</source>
        <translation>runpad-sandbox liegt weder neben RunPad noch in ../libexec noch im PATH</translation>
    </message>
    <message>
        <source>runpad-sandbox is neither beside RunPad, nor in ../libexec/runpad, nor on PATH</source>
        <translation type="vanished">runpad-sandbox liegt weder neben RunPad noch in ../libexec/runpad noch im PATH</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this system has no Linux namespaces and cgroups to build a sandbox from</source>
        <translation>dieses System hat keine Linux-Namespaces und cgroups, aus denen sich eine Sandbox bauen ließe</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Local sandbox</source>
        <translation>Lokale Sandbox</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="+197"/>
        <source>Competitive Companion cannot reach RunPad: %1. Pick another port in Settings ▸ Competitive Companion.</source>
        <translation>Competitive Companion kann RunPad nicht erreichen: %1. Wählen Sie unter Einstellungen ▸ Competitive Companion einen anderen Port.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The local sandbox cannot run here: %1. Add a remote server to run code (Settings ▸ Remote servers).</source>
        <translation>Die lokale Sandbox kann hier nicht laufen: %1. Fügen Sie einen Remote-Server hinzu, um Code auszuführen (Einstellungen ▸ Remote-Server).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local sandbox cannot run here: %1. Code runs on %2.</source>
        <translation>Die lokale Sandbox kann hier nicht laufen: %1. Code läuft auf %2.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pick a language to run this file as.</source>
        <translation>Wählen Sie die Sprache, in der diese Datei ausgeführt wird.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There are no test cases to run: add one first.</source>
        <translation>Es gibt keine Testfälle zum Ausführen: Fügen Sie zuerst einen hinzu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+359"/>
        <source>Compiling…</source>
        <translation>Wird kompiliert…</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Compilation failed: no case could run</source>
        <translation>Kompilieren fehlgeschlagen: Kein Fall konnte laufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every test case passed</source>
        <translation>alle Testfälle bestanden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test cases passed</source>
        <translation>Testfälle bestanden</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (%2 of %3 from %4)</source>
        <translation>%1 (%2 von %3 aus %4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is open already.</source>
        <translation>%1 ist bereits geöffnet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Received %1 with %2.</source>
        <translation>%1 mit %2 empfangen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>[end of input]</source>
        <translation>[Ende der Eingabe]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open…</source>
        <translation>&amp;Öffnen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Tab</source>
        <translation>Tab s&amp;chließen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next Tab</source>
        <translation>Nächs&amp;ter Tab</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous Tab</source>
        <translation>&amp;Vorheriger Tab</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;ttings…</source>
        <translation>Einstellun&amp;gen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>&amp;Run</source>
        <translation>A&amp;usführen</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Run &amp;All Tests</source>
        <translation>&amp;Alle Tests ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run all</source>
        <translation>Alle ausführen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stress &amp;Test…</source>
        <translation>&amp;Stresstest…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress…</source>
        <translation>Stresstest…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an input where your solution and a brute force differ</source>
        <translation>Eine Eingabe finden, bei der Ihre Lösung und eine Brute-Force-Lösung abweichen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>S&amp;topp</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>&amp;Design</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow the System</source>
        <translation>Dem System folgen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run on:</source>
        <translation>Ausführen auf:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Input for the program (stdin)</source>
        <translation>Eingabe für das Programm (stdin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is not open.</source>
        <translation>%1 ist nicht geöffnet.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>%1[*] — RunPad</source>
        <translation>%1[*] — RunPad</translation>
    </message>
</context>
<context>
    <name>ManyRuns</name>
    <message>
        <location filename="../app/core/practice/ManyRuns.cpp" line="+192"/>
        <source>%1 returned %2 results for %3 inputs</source>
        <translation>%1 hat %2 Ergebnisse für %3 Eingaben geliefert</translation>
    </message>
</context>
<context>
    <name>PistonBackend</name>
    <message>
        <location filename="../app/core/PistonBackend.cpp" line="+23"/>
        <source>Remote: %1</source>
        <translation>Remote: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remote: %1 (runpad-server)</source>
        <translation>Remote: %1 (runpad-server)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&lt;br&gt;%2: a RunPad server; interactive runs can close the program&apos;s input (Ctrl+D) and send it signals.</source>
        <translation>%1&lt;br&gt;%2: ein RunPad-Server; interaktive Läufe können die Eingabe des Programms schließen (Strg+D) und ihm Signale senden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote: %1 (Piston)</source>
        <translation>Remote: %1 (Piston)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&lt;br&gt;A Piston server: interactive runs cannot close the program&apos;s input (Ctrl+D) and signals do not reach the program; Stop hangs up.</source>
        <translation>%1&lt;br&gt;Ein Piston-Server: Interaktive Läufe können die Eingabe des Programms nicht schließen (Strg+D), und Signale erreichen das Programm nicht; Stopp legt auf.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the runtimes are not a JSON array</source>
        <translation>die Laufzeitumgebungen sind kein JSON-Array</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a runtime has no language</source>
        <translation>eine Laufzeitumgebung hat keine Sprache</translation>
    </message>
</context>
<context>
    <name>PistonConnectJob</name>
    <message>
        <location filename="../app/core/PistonConnectJob.cpp" line="+32"/>
        <source>the run was already initialized</source>
        <translation>der Lauf wurde bereits initialisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run request did not arrive in time</source>
        <translation>die Laufanfrage kam nicht rechtzeitig an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an error was reported</source>
        <translation>ein Fehler wurde gemeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input arrived before the run was initialized</source>
        <translation>Eingabe kam vor der Initialisierung des Laufs an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a program&apos;s input is the only stream that can be written</source>
        <translation>die Eingabe eines Programms ist der einzige beschreibbare Datenstrom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it does not know the signal %1</source>
        <translation>es kennt das Signal %1 nicht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is busy; try again later</source>
        <translation>es ist ausgelastet; später erneut versuchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 was lost while the program ran (close code %2%3).</source>
        <translation>Die Verbindung zu %1 ging verloren, während das Programm lief (Close-Code %2%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ended the session: %2 (close code %3).</source>
        <translation>%1 hat die Sitzung beendet: %2 (Close-Code %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Stopped: %1 did not confirm the end of the run within %n second(s), so RunPad hung up.</source>
        <translation>
            <numerusform>Gestoppt: %1 hat das Ende des Laufs nicht innerhalb von %n Sekunde bestätigt, daher hat RunPad aufgelegt.</numerusform>
            <numerusform>Gestoppt: %1 hat das Ende des Laufs nicht innerhalb von %n Sekunden bestätigt, daher hat RunPad aufgelegt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 in a message</source>
        <translation>%1 in einer Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a message is not a JSON object</source>
        <translation>eine Nachricht ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it gave no reason</source>
        <translation>ohne Angabe von Gründen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Stopped: the run on %1 was ended.</source>
        <translation>Gestoppt: Der Lauf auf %1 wurde beendet.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rejected the request: %2</source>
        <translation>%1 hat die Anfrage abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run it now: %2</source>
        <translation>%1 kann es jetzt nicht ausführen: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed while running it: %2</source>
        <translation>%1 ist bei der Ausführung fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopped before %1 started the run.</source>
        <translation>Gestoppt, bevor %1 den Lauf gestartet hat.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopped: RunPad hung up on %1, which ends the run there.</source>
        <translation>Gestoppt: RunPad hat bei %1 aufgelegt, was den Lauf dort beendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RunPad: %1 runs Piston, which does not pass signals such as %2 on to the program; Stop ends the run.
</source>
        <translation>RunPad: %1 verwendet Piston, das Signale wie %2 nicht an das Programm weitergibt; Stopp beendet den Lauf.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>RunPad: %1 runs Piston, which has no way to close a program&apos;s input (end of input, Ctrl+D); the program reads on until it ends or is stopped.
</source>
        <translation>RunPad: %1 verwendet Piston, das die Eingabe eines Programms nicht schließen kann (Ende der Eingabe, Strg+D); das Programm liest weiter, bis es endet oder gestoppt wird.
</translation>
    </message>
</context>
<context>
    <name>PistonExecuteJob</name>
    <message>
        <location filename="../app/core/PistonExecuteJob.cpp" line="+36"/>
        <source>RunPad: this run was sent to %1 with its input; what is typed now does not reach it. Run interactively to type input.
</source>
        <translation>RunPad: Dieser Lauf wurde mit seiner Eingabe an %1 gesendet; was jetzt getippt wird, erreicht ihn nicht. Führen Sie interaktiv aus, um Eingaben zu tippen.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopped: RunPad no longer waits for %1. The server may still finish the run, since HTTP cannot reach the running program.</source>
        <translation>Gestoppt: RunPad wartet nicht mehr auf %1. Der Server kann den Lauf noch zu Ende bringen, da HTTP das laufende Programm nicht erreicht.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the answer has no run or compile stage</source>
        <translation>die Antwort hat keine Lauf- oder Kompilierphase</translation>
    </message>
</context>
<context>
    <name>PistonHttpCall</name>
    <message>
        <location filename="../app/core/PistonHttpCall.cpp" line="+99"/>
        <source>%1 redirected the request to %2 (HTTP %3), which would turn the run into a GET request. Change the server&apos;s URL to where it redirects.</source>
        <translation>%1 hat die Anfrage nach %2 umgeleitet (HTTP %3), was den Lauf zu einer GET-Anfrage machen würde. Ändern Sie die URL des Servers auf das Umleitungsziel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 redirected the request from HTTPS to the insecure %2; RunPad does not follow it.</source>
        <translation>%1 hat die Anfrage von HTTPS auf das unsichere %2 umgeleitet; RunPad folgt dem nicht.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 redirected the request more than %2 times; the last target was %3.</source>
        <translation>%1 hat die Anfrage mehr als %2-mal umgeleitet; das letzte Ziel war %3.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>PracticePanels</name>
    <message>
        <location filename="../app/ui/practice/PracticePanels.cpp" line="+113"/>
        <source>Tests %1/%2</source>
        <translation>Tests %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tests</source>
        <translation>Tests</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../app/core/practice/Problem.cpp" line="+36"/>
        <source>%1 must be a string</source>
        <translation>%1 muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is required as a number</source>
        <translation>%1 ist als Zahl erforderlich</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be positive, not %2</source>
        <translation>%1 muss positiv sein, nicht %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large: %2</source>
        <translation>%1 ist zu groß: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be true or false</source>
        <translation>%1 muss true oder false sein</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>input.type must be &quot;stdin&quot;, &quot;file&quot; or &quot;regex&quot;</source>
        <translation>input.type muss &quot;stdin&quot;, &quot;file&quot; oder &quot;regex&quot; sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output.type must be &quot;stdout&quot; or &quot;file&quot;</source>
        <translation>output.type muss &quot;stdout&quot; oder &quot;file&quot; sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.%2 is required as a non-empty string when %1.type is &quot;%3&quot;</source>
        <translation>%1.%2 muss eine nicht leere Zeichenkette sein, wenn %1.type &quot;%3&quot; ist</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checker must be an object</source>
        <translation>checker muss ein Objekt sein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checker.kind &apos;%1&apos; is unknown; it is one of exact, lines, tokens, float, custom</source>
        <translation>checker.kind &apos;%1&apos; ist unbekannt; erlaubt sind exact, lines, tokens, float, custom</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checker.%1 must be a number, at least 0</source>
        <translation>checker.%1 muss eine Zahl von mindestens 0 sein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a custom checker needs customSource and customLanguage</source>
        <translation>ein eigener Checker braucht customSource und customLanguage</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a file whose name matches %1</source>
        <translation>einer Datei, deren Name zu %1 passt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the judge this problem reads its input from %1 and writes its output to %2.</source>
        <translation>Beim Judge liest diese Aufgabe ihre Eingabe aus %1 und schreibt ihre Ausgabe nach %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the judge this problem reads its input from %1.</source>
        <translation>Beim Judge liest diese Aufgabe ihre Eingabe aus %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the judge this problem writes its output to %1.</source>
        <translation>Beim Judge schreibt diese Aufgabe ihre Ausgabe nach %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run all gives each case on stdin and reads stdout instead, so use the standard streams while testing here.</source>
        <translation>„Alle ausführen“ gibt jeden Fall stattdessen über stdin und liest stdout; nutzen Sie beim Testen hier also die Standardströme.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>version is required as a number; this is not a RunPad problem file</source>
        <translation>version ist als Zahl erforderlich; dies ist keine RunPad-Aufgabendatei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 is not known; this RunPad reads versions %2 to %3 (a newer RunPad may have written it)</source>
        <translation>Version %1 ist unbekannt; dieses RunPad liest die Versionen %2 bis %3 (vielleicht hat ein neueres RunPad sie geschrieben)</translation>
    </message>
    <message>
        <source>version %1 is not known; this RunPad reads version %2 (a newer RunPad may have written it)</source>
        <translation type="vanished">Version %1 ist unbekannt; dieses RunPad liest Version %2 (vielleicht hat ein neueres RunPad sie geschrieben)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+56"/>
        <source>tests is required as an array</source>
        <translation>tests ist als Array erforderlich</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>tests[%1] needs input and expected as strings</source>
        <translation>tests[%1] braucht input und expected als Zeichenketten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>name is required as a non-empty string</source>
        <translation>name ist als nicht leere Zeichenkette erforderlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timeLimit (milliseconds)</source>
        <translation>timeLimit (Millisekunden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memoryLimit (megabytes)</source>
        <translation>memoryLimit (Megabyte)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>testType must be &quot;single&quot; or &quot;multiNumber&quot;</source>
        <translation>testType muss &quot;single&quot; oder &quot;multiNumber&quot; sein</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tests[%1] needs input and output as strings</source>
        <translation>tests[%1] braucht input und output als Zeichenketten</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../app/ui/practice/ProblemDialog.cpp" line="+71"/>
        <source>Problem</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> MB</source>
        <translation> MB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the problem is, e.g. https://codeforces.com/…</source>
        <translation>Wo die Aufgabe steht, z. B. https://codeforces.com/…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines, ignoring trailing whitespace</source>
        <translation>Zeilen, Leerraum am Zeilenende ignoriert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact, byte for byte</source>
        <translation>Exakt, Byte für Byte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens, any whitespace between</source>
        <translation>Token, beliebiger Leerraum dazwischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating-point numbers, with tolerance</source>
        <translation>Gleitkommazahlen, mit Toleranz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom checker program</source>
        <translation>Eigenes Checker-Programm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Absolute tolerance:</source>
        <translation>&amp;Absolute Toleranz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relative tolerance:</source>
        <translation>&amp;Relative Toleranz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number passes when it is within either tolerance of the expected one; other words must match exactly.</source>
        <translation>Eine Zahl besteht, wenn sie innerhalb einer der beiden Toleranzen um die erwartete liegt; andere Wörter müssen genau übereinstimmen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contest:</source>
        <translation>&amp;Wettbewerb:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time limit:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory limit:</source>
        <translation>&amp;Speicherlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hecker:</source>
        <translation>C&amp;hecker:</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The tolerances must be numbers of at least 0, such as 1e-6 or 0.001.</source>
        <translation>Die Toleranzen müssen Zahlen von mindestens 0 sein, etwa 1e-6 oder 0.001.</translation>
    </message>
    <message>
        <source>Pick the language of the checker.</source>
        <translation type="vanished">Wählen Sie die Sprache des Checkers.</translation>
    </message>
    <message>
        <source>Write the checker&apos;s code, or pick another checker.</source>
        <translation type="vanished">Schreiben Sie den Code des Checkers, oder wählen Sie einen anderen Checker.</translation>
    </message>
</context>
<context>
    <name>ProblemFile</name>
    <message>
        <location filename="../app/core/practice/ProblemFile.cpp" line="+36"/>
        <source>Cannot save the problem to %1: %2</source>
        <translation>Die Aufgabe kann nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a problem file: it is larger than 256 MiB</source>
        <translation>%1 ist keine Aufgabendatei: Sie ist größer als 256 MiB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not valid JSON (at byte %2: %3); it was left as it is</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2: %3); die Datei blieb unverändert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not hold a JSON object; it was left as it is</source>
        <translation>%1 enthält kein JSON-Objekt; die Datei blieb unverändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a usable problem file: %2; it was left as it is</source>
        <translation>%1 ist keine brauchbare Aufgabendatei: %2; die Datei blieb unverändert</translation>
    </message>
</context>
<context>
    <name>ProblemHeader</name>
    <message>
        <location filename="../app/ui/practice/ProblemHeader.cpp" line="+28"/>
        <source>Problem: %1</source>
        <translation>Aufgabe: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contest: %1</source>
        <translation>Wettbewerb: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits: %1 ms, %2 MB</source>
        <translation>Limits: %1 ms, %2 MB</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../app/ui/practice/ProgramEditor.cpp" line="+19"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
</context>
<context>
    <name>QsciScintilla</name>
    <message>
        <location filename="../app/ui/UiLanguage.cpp" line="+32"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Ausschneiden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>&amp;Einfügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>Alles auswählen</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../app/ui/RecentFiles.cpp" line="+52"/>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Recent Files</source>
        <translation>Liste leeren</translation>
    </message>
</context>
<context>
    <name>RemoteFailure</name>
    <message numerus="yes">
        <location filename="../app/core/RemoteFailure.cpp" line="+47"/>
        <source>try again in %n second(s)</source>
        <translation>
            <numerusform>in %n Sekunde erneut versuchen</numerusform>
            <numerusform>in %n Sekunden erneut versuchen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>try again now</source>
        <translation>jetzt erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>try again in %n second(s) (at %1)</source>
        <translation>
            <numerusform>in %n Sekunde erneut versuchen (um %1)</numerusform>
            <numerusform>in %n Sekunden erneut versuchen (um %1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>try again later</source>
        <translation>später erneut versuchen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The secure connection to %1 failed: %2. RunPad does not send code or keys to a server whose certificate it cannot verify.</source>
        <translation>Die sichere Verbindung zu %1 ist fehlgeschlagen: %2. RunPad sendet weder Code noch Schlüssel an einen Server, dessen Zertifikat es nicht prüfen kann.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The request to %1 failed: %2.</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot reach %1: nothing accepts connections at %2 (connection refused). Is the server running, and is the port right?</source>
        <translation>%1 ist nicht erreichbar: Unter %2 nimmt niemand Verbindungen an (Verbindung abgelehnt). Läuft der Server, und stimmt der Port?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach %1: the host name %2 was not found (DNS). Check the server&apos;s URL and the network connection.</source>
        <translation>%1 ist nicht erreichbar: Der Hostname %2 wurde nicht gefunden (DNS). Prüfen Sie die URL des Servers und die Netzwerkverbindung.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed the connection before it answered (%2).</source>
        <translation>%1 hat die Verbindung geschlossen, bevor eine Antwort kam (%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 (%2) failed: %3.</source>
        <translation>Die Verbindung zu %1 (%2) ist fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 rejected the request</source>
        <translation>%1 hat die Anfrage abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the API key (HTTP 401 Unauthorized). Check the key in the server&apos;s settings.</source>
        <translation>%1 hat den API-Schlüssel nicht akzeptiert (HTTP 401 Unauthorized). Prüfen Sie den Schlüssel in den Einstellungen des Servers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs an API key (HTTP 401 Unauthorized). Enter one in the server&apos;s settings.</source>
        <translation>%1 braucht einen API-Schlüssel (HTTP 401 Unauthorized). Geben Sie einen in den Einstellungen des Servers ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused access with this API key (HTTP 403 Forbidden). Check the key in the server&apos;s settings.</source>
        <translation>%1 hat den Zugriff mit diesem API-Schlüssel verweigert (HTTP 403 Forbidden). Prüfen Sie den Schlüssel in den Einstellungen des Servers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused access (HTTP 403 Forbidden); it probably needs an API key. Enter one in the server&apos;s settings.</source>
        <translation>%1 hat den Zugriff verweigert (HTTP 403 Forbidden); vermutlich ist ein API-Schlüssel nötig. Geben Sie einen in den Einstellungen des Servers ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no Piston API at %1 (HTTP 404 Not Found from %2): the URL is probably not a Piston server&apos;s. Check the server&apos;s URL.</source>
        <translation>Unter %1 gibt es keine Piston-API (HTTP 404 Not Found von %2): Die URL gehört wohl nicht zu einem Piston-Server. Prüfen Sie die URL des Servers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is too large for %1 (HTTP 413)</source>
        <translation>Die Anfrage ist zu groß für %1 (HTTP 413)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the request as JSON (HTTP 415 Unsupported Media Type%2); it is probably not a Piston server.</source>
        <translation>%1 hat die Anfrage nicht als JSON angenommen (HTTP 415 Unsupported Media Type%2); es ist wohl kein Piston-Server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has had too many requests (HTTP 429 Too Many Requests); %2.</source>
        <translation>%1 hat zu viele Anfragen erhalten (HTTP 429 Too Many Requests); %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 had an internal error (HTTP 500)</source>
        <translation>%1 hatte einen internen Fehler (HTTP 500)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot run code right now (HTTP %2%3)</source>
        <translation>%1 kann gerade keinen Code ausführen (HTTP %2%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server says: %1.</source>
        <translation>Der Server sagt: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered %2 with HTTP %3</source>
        <translation>%1 hat %2 mit HTTP %3 beantwortet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sent an answer that is not Piston&apos;s JSON (from %2): %3. Is it a Piston server?</source>
        <translation>%1 hat eine Antwort gesendet, die nicht Pistons JSON ist (von %2): %3. Ist es ein Piston-Server?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 has no usable URL (&quot;%2&quot;): it needs http:// or https:// and a host name.</source>
        <translation>Der Server %1 hat keine brauchbare URL („%2“): Sie braucht http:// oder https:// und einen Hostnamen.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Cannot reach %1: no connection to %2 within %n second(s).</source>
        <translation>
            <numerusform>%1 ist nicht erreichbar: keine Verbindung zu %2 innerhalb von %n Sekunde.</numerusform>
            <numerusform>%1 ist nicht erreichbar: keine Verbindung zu %2 innerhalb von %n Sekunden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 did not answer within %n second(s) (the run&apos;s time limits and a margin), so RunPad stopped waiting.</source>
        <translation>
            <numerusform>%1 hat nicht innerhalb von %n Sekunde geantwortet (die Zeitlimits des Laufs und ein Puffer), daher hat RunPad aufgehört zu warten.</numerusform>
            <numerusform>%1 hat nicht innerhalb von %n Sekunden geantwortet (die Zeitlimits des Laufs und ein Puffer), daher hat RunPad aufgehört zu warten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(The request was redirected to %1.)</source>
        <translation>(Die Anfrage wurde nach %1 umgeleitet.)</translation>
    </message>
</context>
<context>
    <name>RemoteServer</name>
    <message>
        <location filename="../app/core/RemoteServer.cpp" line="+13"/>
        <source>The address is empty.</source>
        <translation>Die Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an address: %1</source>
        <translation>Das ist keine Adresse: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must start with http:// or https://.</source>
        <translation>Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address needs a host name or IP address, e.g. http://192.168.1.20:2000.</source>
        <translation>Die Adresse braucht einen Hostnamen oder eine IP-Adresse, z. B. http://192.168.1.20:2000.</translation>
    </message>
</context>
<context>
    <name>RemoteServerDialog</name>
    <message>
        <location filename="../app/ui/RemoteServerDialog.cpp" line="+33"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check connection</source>
        <translation>Verbindung prüfen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Remote Server</source>
        <translation>Remote-Server hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Desktop</source>
        <translation>z. B. Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. http://192.168.1.20:2000</source>
        <translation>z. B. http://192.168.1.20:2000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of a Piston server, or of RunPad&apos;s runpad-server, which prints it when it starts.</source>
        <translation>Die Adresse eines Piston-Servers oder von RunPads runpad-server, der sie beim Start ausgibt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the server with every request: runpad-server&apos;s --token, or a Piston API key.</source>
        <translation>Wird mit jeder Anfrage an den Server gesendet: das --token von runpad-server oder ein Piston-API-Schlüssel.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit Remote Server</source>
        <translation>Remote-Server bearbeiten</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give the server a name; the backend selector shows it.</source>
        <translation>Geben Sie dem Server einen Namen; die Backend-Auswahl zeigt ihn an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another remote server is already called %1.</source>
        <translation>Ein anderer Remote-Server heißt bereits %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the server&apos;s address, e.g. http://192.168.1.20:2000.</source>
        <translation>Geben Sie die Adresse des Servers ein, z. B. http://192.168.1.20:2000.</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation type="vanished">%1 ist keine Adresse: %2</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation type="vanished">Die Adresse muss mit http:// oder https:// beginnen.</translation>
    </message>
    <message>
        <source>The address needs a host name or IP address, e.g. http://192.168.1.20:2000.</source>
        <translation type="vanished">Die Adresse braucht einen Hostnamen oder eine IP-Adresse, z. B. http://192.168.1.20:2000.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Asking %1 for its runtimes…</source>
        <translation>%1 wird nach seinen Laufzeitumgebungen gefragt…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also called %1</source>
        <translation>Auch genannt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Connected: %1 offers %n runtimes.</source>
        <translation>
            <numerusform>Verbunden: %1 bietet %n Laufzeitumgebung an.</numerusform>
            <numerusform>Verbunden: %1 bietet %n Laufzeitumgebungen an.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected, but %1 has no runtimes installed.</source>
        <translation>Verbunden, aber auf %1 sind keine Laufzeitumgebungen installiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: %1 offers 1 runtime.</source>
        <translation>Verbunden: %1 bietet 1 Laufzeitumgebung an.</translation>
    </message>
</context>
<context>
    <name>RemoteServersPage</name>
    <message>
        <location filename="../app/ui/RemoteServersPage.cpp" line="+26"/>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run code on another computer: a Piston server, or another RunPad machine running &lt;tt&gt;runpad-server&lt;/tt&gt;. Each server appears in the toolbar beside the local sandbox.</source>
        <translation>Code auf einem anderen Computer ausführen: auf einem Piston-Server oder einem anderen RunPad-Rechner mit &lt;tt&gt;runpad-server&lt;/tt&gt;. Jeder Server erscheint in der Werkzeugleiste neben der lokalen Sandbox.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove Remote Server</source>
        <translation>Remote-Server entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 (%2)?</source>
        <translation>%1 (%2) entfernen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its API key is forgotten, and tabs that run there switch to the local sandbox.</source>
        <translation>Sein API-Schlüssel wird vergessen, und Tabs, die dort laufen, wechseln zur lokalen Sandbox.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1, but its API key could not be stored: %2</source>
        <translation>%1 gespeichert, aber sein API-Schlüssel konnte nicht abgelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>RunAllController</name>
    <message>
        <location filename="../app/ui/practice/RunAllController.cpp" line="+22"/>
        <source>There is no backend to run the tests on.</source>
        <translation>Es gibt kein Backend, auf dem die Tests laufen können.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../app/ui/RunController.cpp" line="+31"/>
        <source>%1 could not start the program.</source>
        <translation>%1 konnte das Programm nicht starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no backend to run the program on.</source>
        <translation>Es gibt kein Backend, auf dem das Programm laufen kann.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The program stopped: its backend was removed or changed.</source>
        <translation>Das Programm wurde gestoppt: Sein Backend wurde entfernt oder geändert.</translation>
    </message>
</context>
<context>
    <name>RunStatusLine</name>
    <message>
        <location filename="../app/ui/RunStatusLine.cpp" line="+41"/>
        <source>Compiling</source>
        <translation>Kompilieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backend sent a result without any stage.</source>
        <translation>Das Backend hat ein Ergebnis ohne jede Phase gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compilation failed: %1</source>
        <translation>Kompilieren fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · unchanged code, not compiled again</source>
        <translation> · Code unverändert, nicht neu kompiliert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>signal %1</source>
        <translation>Signal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wall %1 ms</source>
        <translation>Dauer %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %1 ms</source>
        <translation>CPU %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory %1</source>
        <translation>Speicher %1</translation>
    </message>
</context>
<context>
    <name>SandboxIsolation</name>
    <message>
        <location filename="../app/core/SandboxIsolation.cpp" line="+11"/>
        <source>Local sandbox (rootless)</source>
        <translation>Lokale Sandbox (ohne root)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local sandbox (privileged)</source>
        <translation>Lokale Sandbox (privilegiert)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Own process, mount, network (loopback only), IPC and host-name namespaces</source>
        <translation>Eigene Prozess-, Mount-, Netzwerk- (nur Loopback), IPC- und Hostnamen-Namespaces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read-only root with only the toolchains; a private /box and /tmp</source>
        <translation>Ein schreibgeschütztes Wurzelverzeichnis nur mit den Toolchains; eigene /box und /tmp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A box user of its own, mapped to your user in a user namespace</source>
        <translation>Ein eigener Box-Benutzer, im User-Namespace auf Ihren Benutzer abgebildet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A box user id of its own on this computer</source>
        <translation>Eine eigene Box-Benutzer-ID auf diesem Computer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No capabilities, no_new_privs, a seccomp filter against dangerous system calls</source>
        <translation>Keine Capabilities, no_new_privs, ein seccomp-Filter gegen gefährliche Systemaufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall-time, CPU-time and output limits</source>
        <translation>Limits für Dauer, CPU-Zeit und Ausgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory limit (no swap) and a process cap for the whole box (cgroup %1)</source>
        <translation>Speicherlimit (ohne Swap) und Prozessobergrenze für die ganze Box (cgroup %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A process cap per box (rlimit)</source>
        <translation>Eine Prozessobergrenze pro Box (rlimit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memory limit of the whole box: without cgroups only each process&apos;s address space is capped, and only when a limit is set</source>
        <translation>Speicherlimit der ganzen Box: Ohne cgroups wird nur der Adressraum jedes Prozesses begrenzt, und nur, wenn ein Limit gesetzt ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total size of /box: each file is capped, not the sum (rootless boxes cannot mount it)</source>
        <translation>Gesamtgröße von /box: Jede Datei ist begrenzt, nicht die Summe (Boxen ohne root können es nicht einhängen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this computer the box&apos;s processes run as your user; start the helper as a system service for box user ids of their own</source>
        <translation>Auf diesem Computer laufen die Prozesse der Box als Ihr Benutzer; starten Sie den Helfer als Systemdienst für eigene Box-Benutzer-IDs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enforced</source>
        <translation>Durchgesetzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enforced</source>
        <translation>Nicht durchgesetzt</translation>
    </message>
</context>
<context>
    <name>ScintillaLexer</name>
    <message>
        <location filename="../editor/ScintillaLexer.cpp" line="+32"/>
        <location line="+32"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Block comment</source>
        <translation>Blockkommentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line comment</source>
        <translation>Zeilenkommentar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block doc comment</source>
        <translation>Block-Dokukommentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line doc comment</source>
        <translation>Zeilen-Dokukommentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+31"/>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Built-in type</source>
        <translation>Eingebauter Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Constant</source>
        <translation>Konstante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard type</source>
        <translation>Standardtyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyword set 5</source>
        <translation>Schlüsselwortgruppe 5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyword set 6</source>
        <translation>Schlüsselwortgruppe 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyword set 7</source>
        <translation>Schlüsselwortgruppe 7</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <location line="+1"/>
        <source>String</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Raw string</source>
        <translation>Rohe Zeichenkette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character</source>
        <translation>Zeichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Identifier</source>
        <translation>Bezeichner</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Lifetime</source>
        <translation>Lebensdauer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Macro</source>
        <translation>Makro</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lexical error</source>
        <translation>Lexikalischer Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byte string</source>
        <translation>Byte-Zeichenkette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raw byte string</source>
        <translation>Rohe Byte-Zeichenkette</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Byte character</source>
        <translation>Byte-Zeichen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment block</source>
        <translation>Kommentarblock</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended keyword</source>
        <translation>Erweitertes Schlüsselwort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preprocessor</source>
        <translation>Präprozessor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verb</source>
        <translation>Verb</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/ui/session/Session.cpp" line="+27"/>
        <source>The last session is damaged (%1).</source>
        <translation>Die letzte Sitzung ist beschädigt (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last session is damaged (%1); it is kept in %2.</source>
        <translation>Die letzte Sitzung ist beschädigt (%1); sie wird in %2 aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <location filename="../app/ui/session/SessionStore.cpp" line="+25"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too large</source>
        <translation>%1 ist zu groß</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1 ist kein gültiges JSON (bei Byte %2: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not hold a JSON object</source>
        <translation>%1 enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>its version %1 is not known; this RunPad reads version %2</source>
        <translation>seine Version %1 ist unbekannt; dieses RunPad liest Version %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its list of documents is missing</source>
        <translation>seine Dokumentliste fehlt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>document %1: %2</source>
        <translation>Dokument %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/SettingsDialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote servers</source>
        <translation>Remote-Server</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Competitive Companion</source>
        <translation>Competitive Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>StressTestDialog</name>
    <message>
        <location filename="../app/ui/practice/StressTestDialog.cpp" line="+69"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;top</source>
        <translation>S&amp;toppen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress Test — %1</source>
        <translation>Stresstest — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generator: prints an input</source>
        <translation>Generator: gibt eine Eingabe aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brute force: slow but surely right</source>
        <translation>Brute Force: langsam, aber sicher richtig</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> tests</source>
        <translation> Tests</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after</source>
        <translation>Stoppen nach</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or</source>
        <translation>oder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your solution is the code of %1. Each test runs the generator, then the brute force and your solution on its output, and compares them with the problem&apos;s checker.</source>
        <translation>Ihre Lösung ist der Code von %1. Jeder Test führt den Generator aus, dann die Brute-Force-Lösung und Ihre Lösung mit seiner Ausgabe, und vergleicht beide mit dem Checker der Aufgabe.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The document is closed.</source>
        <translation>Das Dokument ist geschlossen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the language of your solution first.</source>
        <translation>Wählen Sie zuerst die Sprache Ihrer Lösung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the generator and pick its language.</source>
        <translation>Schreiben Sie den Generator und wählen Sie seine Sprache.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the brute-force solution and pick its language: its answers are the expected ones.</source>
        <translation>Schreiben Sie die Brute-Force-Lösung und wählen Sie ihre Sprache: Ihre Antworten sind die erwarteten.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tab&apos;s backend is gone: pick where it runs.</source>
        <translation>Das Backend des Tabs ist weg: Wählen Sie, wo er läuft.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No difference in %1: the brute force and your solution agree.</source>
        <translation>Kein Unterschied in %1: Die Brute-Force-Lösung und Ihre Lösung stimmen überein.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Found a difference, but the document is closed.</source>
        <translation>Ein Unterschied wurde gefunden, aber das Dokument ist geschlossen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Found an input where your solution and the brute force differ: it is now test case %1 of %2, with the brute force&apos;s answer as the expected output.</source>
        <translation>Eine Eingabe gefunden, bei der Ihre Lösung und die Brute-Force-Lösung abweichen: Sie ist jetzt Testfall %1 von %2, mit der Antwort der Brute-Force-Lösung als erwarteter Ausgabe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopped after %1.</source>
        <translation>Nach %1 gestoppt.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 without a difference · %2 s</source>
        <translation>%1 ohne Unterschied · %2 s</translation>
    </message>
</context>
<context>
    <name>StressTester</name>
    <message>
        <location filename="../app/core/practice/StressTester.cpp" line="+53"/>
        <source>The generator did not compile:
%1</source>
        <translation>Der Generator ließ sich nicht kompilieren:
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The brute force failed on test %1 (%2: %3); its input:
%4</source>
        <translation>Die Brute-Force-Lösung ist bei Test %1 fehlgeschlagen (%2: %3); ihre Eingabe:
%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The brute force did not compile:
%1</source>
        <translation>Die Brute-Force-Lösung ließ sich nicht kompilieren:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The solution did not compile:
%1</source>
        <translation>Die Lösung ließ sich nicht kompilieren:
%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Give the stress test a budget: a number of tests, seconds, or both.</source>
        <translation>Geben Sie dem Stresstest ein Budget: eine Anzahl Tests, Sekunden oder beides.</translation>
    </message>
    <message>
        <source>The custom checker has no code.</source>
        <translation type="vanished">Der eigene Checker hat keinen Code.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The generator failed on test %1 (%2: %3)%4</source>
        <translation>Der Generator ist bei Test %1 fehlgeschlagen (%2: %3)%4</translation>
    </message>
</context>
<context>
    <name>TestCaseDialog</name>
    <message>
        <location filename="../app/ui/practice/TestCaseDialog.cpp" line="+49"/>
        <source>&amp;Input</source>
        <translation>&amp;Eingabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected output</source>
        <translation>E&amp;rwartete Ausgabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left empty, the case passes when the program ends without an error.</source>
        <translation>Leer gelassen, besteht der Fall, wenn das Programm ohne Fehler endet.</translation>
    </message>
</context>
<context>
    <name>TestCaseModel</name>
    <message>
        <location filename="../app/ui/practice/TestCaseModel.cpp" line="+87"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CPU %1 ms · wall %2 ms</source>
        <translation>CPU %1 ms · Dauer %2 ms</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&gt; %1 ms</source>
        <translation>&gt; %1 ms</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
</context>
<context>
    <name>TestFolder</name>
    <message>
        <location filename="../app/ui/practice/TestFolder.cpp" line="+56"/>
        <source>%1: larger than %2 MiB</source>
        <translation>%1: größer als %2 MiB</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the folder %1.</source>
        <translation>Der Ordner %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot make the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>TestRunner</name>
    <message>
        <location filename="../app/core/practice/TestRunner.cpp" line="+77"/>
        <source>This is an interactive problem: its cases need an interactor, which Run all does not have. Run the program in the console instead.</source>
        <translation>Dies ist eine interaktive Aufgabe: Ihre Fälle brauchen einen Interaktor, den „Alle ausführen“ nicht hat. Führen Sie das Programm stattdessen in der Konsole aus.</translation>
    </message>
    <message>
        <source>The custom checker has no code or no language: add them, or choose a built-in checker.</source>
        <translation type="vanished">Der eigene Checker hat keinen Code oder keine Sprache: Ergänzen Sie sie, oder wählen Sie einen eingebauten Checker.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Case %1 could not be judged: %2</source>
        <translation>Fall %1 konnte nicht bewertet werden: %2</translation>
    </message>
</context>
<context>
    <name>TestsPanel</name>
    <message>
        <location filename="../app/ui/practice/TestsPanel.cpp" line="+28"/>
        <source>exact checker</source>
        <translation>exakter Checker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line checker</source>
        <translation>Zeilen-Checker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token checker</source>
        <translation>Token-Checker</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbers within %1</source>
        <translation>Zahlen auf %1 genau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>custom checker</source>
        <translation>eigener Checker</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> and %1 more</source>
        <translation> und %1 weitere</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a test case</source>
        <translation>Einen Testfall hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected case (F2)</source>
        <translation>Den ausgewählten Fall bearbeiten (F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected case</source>
        <translation>Den ausgewählten Fall duplizieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected case (Delete)</source>
        <translation>Den ausgewählten Fall entfernen (Entf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Problem…</source>
        <translation>&amp;Aufgabe…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time and memory limits, checker, name and address</source>
        <translation>Zeit- und Speicherlimits, Checker, Name und Adresse</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import from a Folder…</source>
        <translation>Aus einem Ordner &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the cases of a folder: 1.in with 1.out or 1.ans, and so on</source>
        <translation>Die Fälle eines Ordners hinzufügen: 1.in mit 1.out oder 1.ans usw.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport to a Folder…</source>
        <translation>In einen Ordner e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the cases to a folder as 1.in, 1.out, …</source>
        <translation>Die Fälle als 1.in, 1.out, … in einen Ordner schreiben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Files</source>
        <translation>Datei&amp;en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import or export the cases as files</source>
        <translation>Die Fälle als Dateien importieren oder exportieren</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>New Test %1</source>
        <translation>Neuer Test %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Import Test Cases from a Folder</source>
        <translation>Testfälle aus einem Ordner importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answer for %1: expected output left empty</source>
        <translation>keine Antwort für %1: erwartete Ausgabe leer gelassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no input for %1: not imported</source>
        <translation>keine Eingabe für %1: nicht importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped %1</source>
        <translation>%1 übersprungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no test cases: it needs input files such as 1.in, with their answers in 1.out or 1.ans.</source>
        <translation>%1 enthält keine Testfälle: Nötig sind Eingabedateien wie 1.in, mit ihren Antworten in 1.out oder 1.ans.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 from %2.</source>
        <translation>%1 aus %2 importiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1.</source>
        <translation>Hinweis: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Test Cases to a Folder</source>
        <translation>Testfälle in einen Ordner exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Test Cases</source>
        <translation>Testfälle exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has %2. Replace them?</source>
        <translation>%1 enthält bereits %2. Ersetzen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Judging… %1 of %2 done</source>
        <translation>Wird bewertet… %1 von %2 fertig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No test cases yet: add one, import a folder, or send a problem from Competitive Companion.</source>
        <translation>Noch keine Testfälle: Fügen Sie einen hinzu, importieren Sie einen Ordner, oder senden Sie eine Aufgabe aus Competitive Companion.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · Run all: Ctrl+Shift+Enter</source>
        <translation>%1 · Alle ausführen: Strg+Umschalt+Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2 passed</source>
        <translation>%1/%2 bestanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 not run</source>
        <translation> · %1 nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed test %1. &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</source>
        <translation>Test %1 entfernt. &lt;a href=&quot;undo&quot;&gt;Rückgängig&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>TrailingWhitespaceMarker</name>
    <message>
        <location filename="../app/ui/practice/TrailingWhitespaceMarker.cpp" line="+18"/>
        <source>Whitespace at the end of the line</source>
        <translation>Leerraum am Zeilenende</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../app/ui/UiLanguage.cpp" line="+35"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>UiLanguagePage</name>
    <message>
        <location filename="../app/ui/UiLanguagePage.cpp" line="+23"/>
        <source>RunPad uses the new language when it starts again.</source>
        <translation>RunPad verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RUNPAD_LANGUAGE=%1 is set in the environment; while it is, it overrides this choice.</source>
        <translation>In der Umgebung ist RUNPAD_LANGUAGE=%1 gesetzt; solange das so ist, hat es Vorrang vor dieser Auswahl.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Interface language:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../app/core/practice/Verdict.cpp" line="+36"/>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong answer</source>
        <translation>Falsche Antwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit exceeded</source>
        <translation>Zeitlimit überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory limit exceeded</source>
        <translation>Speicherlimit überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runtime error</source>
        <translation>Laufzeitfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output limit exceeded</source>
        <translation>Ausgabelimit überschritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compilation error</source>
        <translation>Kompilierfehler</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checker error</source>
        <translation>Checker-Fehler</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../app/ui/layout/WindowLayout.cpp" line="+65"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/ui/main.cpp" line="+34"/>
        <source>Write and run code snippets in a sandbox.</source>
        <translation>Codeschnipsel in einer Sandbox schreiben und ausführen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the current file once the window is up.</source>
        <translation>Die aktuelle Datei ausführen, sobald das Fenster offen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run all test cases of the current file once the window is up.</source>
        <translation>Alle Testfälle der aktuellen Datei ausführen, sobald das Fenster offen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put &lt;text&gt; in the stdin box.</source>
        <translation>&lt;Text&gt; in das Eingabefeld schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to open, each in a tab.</source>
        <translation>Zu öffnende Dateien, jede in einem Tab.</translation>
    </message>
</context>
</TS>
