<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CaseDiffView</name>
    <message numerus="yes">
        <location filename="../app/ui/practice/CaseDiffView.cpp" line="+31"/>
        <source>
… %n more characters not shown</source>
        <translation>
            <numerusform>
… %n more character not shown</numerusform>
            <numerusform>
… %n more characters not shown</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message numerus="yes">
        <location filename="../app/core/practice/Checker.cpp" line="+118"/>
        <source>%n lines match</source>
        <translation>
            <numerusform>%n line matches</numerusform>
            <numerusform>%n lines match</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%n tokens match</source>
        <translation>
            <numerusform>%n token matches</numerusform>
            <numerusform>%n tokens match</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <location filename="../app/ui/practice/Counted.cpp" line="+10"/>
        <source>%n test cases</source>
        <translation>
            <numerusform>%n test case</numerusform>
            <numerusform>%n test cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n tests</source>
        <translation>
            <numerusform>%n test</numerusform>
            <numerusform>%n tests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message numerus="yes">
        <location filename="../editor/FindBar.cpp" line="+316"/>
        <source>Replaced %n occurrences</source>
        <translation>
            <numerusform>Replaced %n occurrence</numerusform>
            <numerusform>Replaced %n occurrences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+152"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LocalSandboxBackend</name>
    <message numerus="yes">
        <location filename="../app/core/LocalSandboxBackend.cpp" line="+406"/>
        <source>The sandbox helper did not get ready within %n seconds.</source>
        <translation>
            <numerusform>The sandbox helper did not get ready within %n second.</numerusform>
            <numerusform>The sandbox helper did not get ready within %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PistonConnectJob</name>
    <message numerus="yes">
        <location filename="../app/core/PistonConnectJob.cpp" line="+89"/>
        <source>Stopped: %1 did not confirm the end of the run within %n second(s), so RunPad hung up.</source>
        <translation>
            <numerusform>Stopped: %1 did not confirm the end of the run within %n second, so RunPad hung up.</numerusform>
            <numerusform>Stopped: %1 did not confirm the end of the run within %n seconds, so RunPad hung up.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteFailure</name>
    <message numerus="yes">
        <location filename="../app/core/RemoteFailure.cpp" line="+47"/>
        <source>try again in %n second(s)</source>
        <translation>
            <numerusform>try again in %n second</numerusform>
            <numerusform>try again in %n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>try again in %n second(s) (at %1)</source>
        <translation>
            <numerusform>try again in %n second (at %1)</numerusform>
            <numerusform>try again in %n seconds (at %1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+177"/>
        <source>Cannot reach %1: no connection to %2 within %n second(s).</source>
        <translation>
            <numerusform>Cannot reach %1: no connection to %2 within %n second.</numerusform>
            <numerusform>Cannot reach %1: no connection to %2 within %n seconds.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 did not answer within %n second(s) (the run&apos;s time limits and a margin), so RunPad stopped waiting.</source>
        <translation>
            <numerusform>%1 did not answer within %n second (the run&apos;s time limits and a margin), so RunPad stopped waiting.</numerusform>
            <numerusform>%1 did not answer within %n seconds (the run&apos;s time limits and a margin), so RunPad stopped waiting.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemoteServerDialog</name>
    <message numerus="yes">
        <location filename="../app/ui/RemoteServerDialog.cpp" line="+180"/>
        <source>Connected: %1 offers %n runtimes.</source>
        <translation>
            <numerusform>Connected: %1 offers %n runtime.</numerusform>
            <numerusform>Connected: %1 offers %n runtimes.</numerusform>
        </translation>
    </message>
</context>
</TS>
