<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ApiKeyStore</name>
    <message>
        <location filename="../app/core/ApiKeyStore.cpp" line="+43"/>
        <source>API keys are kept in plain text in the settings file %1, because %2.</source>
        <translation>API 키가 설정 파일 %1에 평문으로 저장됩니다(%2).</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no system keychain could store them (%1)</source>
        <translation>API 키를 저장할 수 있는 시스템 키체인이 없음(%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>RunPad was built without QtKeychain</source>
        <translation>RunPad가 QtKeychain 없이 빌드됨</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The key could not be written to the settings file %1.</source>
        <translation>키를 설정 파일 %1에 쓸 수 없습니다.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>The system keychain did not store the key: %1.</source>
        <translation>시스템 키체인이 키를 저장하지 못했습니다: %1.</translation>
    </message>
</context>
<context>
    <name>Autosaver</name>
    <message>
        <location filename="../app/ui/session/Autosaver.cpp" line="+160"/>
        <source>Your open documents could not be kept for the next start: %1. Save them to files to be safe.</source>
        <translation>열린 문서를 다음 시작 때를 위해 보관하지 못했습니다: %1. 안전하도록 파일로 저장하세요.</translation>
    </message>
</context>
<context>
    <name>BackendSelector</name>
    <message>
        <location filename="../app/ui/BackendSelector.cpp" line="+39"/>
        <location line="+104"/>
        <source>Manage remotes…</source>
        <translation>원격 서버 관리…</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>Add, check or remove remote servers</source>
        <translation>원격 서버 추가, 확인, 제거</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Run this tab&apos;s code on %1 (%2)</source>
        <translation>이 탭의 코드를 %1(%2)에서 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run this tab&apos;s code on this computer, in the sandbox</source>
        <translation>이 탭의 코드를 이 컴퓨터의 샌드박스에서 실행</translation>
    </message>
</context>
<context>
    <name>BackendSwitch</name>
    <message>
        <location filename="../app/ui/BackendSwitch.cpp" line="+101"/>
        <source>Nowhere to run</source>
        <translation>실행할 곳 없음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 unavailable</source>
        <translation>%1 사용 불가</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remote: %1</source>
        <translation>원격: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Runs code on %1</source>
        <translation>%1에서 코드 실행</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 does not offer %2. The tab keeps %2; pick another language or backend to run it.</source>
        <translation>%1에는 %2이(가) 없습니다. 탭은 %2을(를) 유지합니다. 실행하려면 다른 언어나 백엔드를 고르세요.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This tab&apos;s backend went away; it runs on %1 now.</source>
        <translation>이 탭의 백엔드가 사라져 이제 %1에서 실행합니다.</translation>
    </message>
</context>
<context>
    <name>Backends</name>
    <message>
        <location filename="../app/core/Backends.cpp" line="+122"/>
        <source>The local sandbox cannot run here (%1), and there is no remote server: add one in Settings ▸ Remote servers.</source>
        <translation>로컬 샌드박스를 여기서 실행할 수 없고(%1) 원격 서버도 없습니다. 설정 ▸ 원격 서버에서 추가하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This remote server is no longer configured.</source>
        <translation>이 원격 서버는 더 이상 설정되어 있지 않습니다.</translation>
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
… 나머지 %n자는 표시하지 않음</numerusform>
        </translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Expected</source>
        <translation>기대 출력</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+130"/>
        <source>Standard error</source>
        <translation>표준 오류</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Show &amp;whitespace</source>
        <translation>공백 표시(&amp;W)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Click a test case to see its expected and actual output side by side.</source>
        <translation>테스트 케이스를 클릭하면 기대 출력과 실제 출력을 나란히 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Test %1</source>
        <translation>테스트 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>CPU %1 ms</source>
        <translation>CPU %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>wall %1 ms</source>
        <translation>경과 %1 ms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not run yet: Run all (Ctrl+Shift+Enter) judges every case.</source>
        <translation>아직 실행하지 않았습니다. 모두 실행(Ctrl+Shift+Enter)으로 모든 케이스를 채점합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No expected output: the case passes when the program ends without an error.</source>
        <translation>기대 출력 없음: 프로그램이 오류 없이 끝나면 통과합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not run yet.</source>
        <translation>아직 실행하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no output)</source>
        <translation>(출력 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compiler messages</source>
        <translation>컴파일러 메시지</translation>
    </message>
</context>
<context>
    <name>Checker</name>
    <message>
        <location filename="../app/core/practice/Checker.cpp" line="+97"/>
        <source>line %1: expected %2, found %3</source>
        <translation>%1번째 줄: %2을(를) 기대했지만 %3이(가) 있음</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>line %1: expected %2, found the end of the output</source>
        <translation>%1번째 줄: %2을(를) 기대했지만 출력이 끝남</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: expected the end of the output, found %2</source>
        <translation>%1번째 줄: 출력 끝을 기대했지만 %2이(가) 있음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 line matches</source>
        <translation>1줄 일치</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n lines match</source>
        <translation>
            <numerusform>%n줄 일치</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Output is exactly as expected</source>
        <translation>출력이 기대와 정확히 같음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1: expected a line break at its end, found the end of the output</source>
        <translation>%1번째 줄: 끝에 줄바꿈을 기대했지만 출력이 끝남</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>line %1: expected the end of the output, found a line break</source>
        <translation>%1번째 줄: 출력 끝을 기대했지만 줄바꿈이 있음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the output differs from the expected answer</source>
        <translation>출력이 기대 답과 다름</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>token %1 (line %2)</source>
        <translation>%1번째 토큰(%2번째 줄)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>1 token matches</source>
        <translation>토큰 1개 일치</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tokens match</source>
        <translation>
            <numerusform>토큰 %n개 일치</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: expected %2, found the end of the output</source>
        <translation>%1: %2을(를) 기대했지만 출력이 끝남</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: expected the end of the output, found %2</source>
        <translation>%1: 출력 끝을 기대했지만 %2이(가) 있음</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: expected %2, found %3 (difference %4 is over the tolerance)</source>
        <translation>%1: %2을(를) 기대했지만 %3이(가) 있음(차이 %4이(가) 허용 오차를 넘음)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: expected %2, found %3</source>
        <translation>%1: %2을(를) 기대했지만 %3이(가) 있음</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>A custom checker runs as a program; it cannot be applied here</source>
        <translation>사용자 정의 체커는 프로그램으로 실행되므로 여기서는 적용할 수 없음</translation>
    </message>
</context>
<context>
    <name>CompetitiveCompanionListener</name>
    <message>
        <location filename="../app/core/practice/CompetitiveCompanionListener.cpp" line="+79"/>
        <source>Cannot listen for Competitive Companion on 127.0.0.1:%1: %2. Choose another port in the settings and add it to the extension&apos;s custom ports.</source>
        <translation>127.0.0.1:%1에서 Competitive Companion을 기다릴 수 없습니다: %2. 설정에서 다른 포트를 고르고 확장 프로그램의 사용자 지정 포트(Custom ports)에 추가하세요.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Content-Type must be application/json</source>
        <translation>Content-Type은 application/json이어야 함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the body is not valid JSON: %1 at byte %2</source>
        <translation>본문이 올바른 JSON이 아님: %2바이트 위치의 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the body must be a JSON object</source>
        <translation>본문은 JSON 객체여야 함</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>batch must be {&quot;id&quot;: a string, &quot;size&quot;: 1 to 1000}</source>
        <translation>batch는 {&quot;id&quot;: 문자열, &quot;size&quot;: 1~1000}이어야 함</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Received %1</source>
        <translation>%1 받음</translation>
    </message>
</context>
<context>
    <name>CompetitiveCompanionPage</name>
    <message>
        <location filename="../app/ui/practice/CompetitiveCompanionPage.cpp" line="+16"/>
        <source>&amp;Receive problems from Competitive Companion</source>
        <translation>Competitive Companion에서 문제 받기(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The language of the tab in view</source>
        <translation>보고 있는 탭의 언어</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Port:</source>
        <translation>포트(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language of new problems:</source>
        <translation>새 문제의 언어(&amp;L):</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Off: problems sent from the browser are not received.</source>
        <translation>꺼짐: 브라우저에서 보낸 문제를 받지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listening on 127.0.0.1:%1.</source>
        <translation>127.0.0.1:%1에서 기다리는 중입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1. Another program uses port %2: close it, or pick another port here and in the extension.</source>
        <translation>%1. 다른 프로그램이 포트 %2을(를) 사용 중입니다. 그 프로그램을 닫거나 여기와 확장 프로그램에서 다른 포트를 고르세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Port %1 is in the extension&apos;s own list, for another tool: with that tool running too, pick another port.</source>
        <translation>포트 %1은(는) 확장 프로그램의 기본 목록에 있는 다른 도구의 포트입니다. 그 도구도 함께 실행한다면 다른 포트를 고르세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&lt;p&gt;&lt;a href=&quot;https://github.com/jmerle/competitive-companion&quot;&gt;Competitive Companion&lt;/a&gt; is a browser extension (Firefox, Chrome) that sends a problem to RunPad with one click on its page: the problem opens in a new tab with its sample tests and its time and memory limits; a whole contest opens a tab for each problem.&lt;/p&gt;&lt;p&gt;The extension does not know RunPad&apos;s port yet. To add it:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Open the extension&apos;s options (right-click its green plus icon, then &lt;i&gt;Manage extension&lt;/i&gt; or &lt;i&gt;Options&lt;/i&gt;).&lt;/li&gt;&lt;li&gt;In &lt;b&gt;Custom ports&lt;/b&gt;, add &lt;b&gt;%1&lt;/b&gt; (ports are separated by commas) and save.&lt;/li&gt;&lt;li&gt;On a problem&apos;s page, click the green plus: the problem opens here.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;p&gt;&lt;a href=&quot;https://github.com/jmerle/competitive-companion&quot;&gt;Competitive Companion&lt;/a&gt;은 문제 페이지에서 한 번의 클릭으로 문제를 RunPad로 보내는 브라우저 확장 프로그램(Firefox, Chrome)입니다. 문제는 예제 테스트, 시간 제한, 메모리 제한과 함께 새 탭으로 열리고, 대회 전체를 보내면 문제마다 탭이 열립니다.&lt;/p&gt;&lt;p&gt;확장 프로그램은 아직 RunPad의 포트를 모릅니다. 포트를 추가하려면:&lt;/p&gt;&lt;ol&gt;&lt;li&gt;확장 프로그램의 옵션을 엽니다(초록색 더하기 아이콘을 오른쪽 클릭한 뒤 &lt;i&gt;Manage extension&lt;/i&gt; 또는 &lt;i&gt;Options&lt;/i&gt;).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Custom ports&lt;/b&gt;에 &lt;b&gt;%1&lt;/b&gt;을(를) 추가하고(포트는 쉼표로 구분) 저장합니다.&lt;/li&gt;&lt;li&gt;문제 페이지에서 초록색 더하기를 클릭하면 문제가 여기에서 열립니다.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
</context>
<context>
    <name>ConsoleInput</name>
    <message>
        <location filename="../app/ui/ConsoleInput.cpp" line="+27"/>
        <source>&lt;p&gt;What you type here goes to the running program&apos;s input (stdin): Enter sends the line, Ctrl+D ends the input.&lt;/p&gt;&lt;p&gt;This works while the Input box is empty. When the Input box has text, the program gets that text and its input ends there.&lt;/p&gt;</source>
        <translation>&lt;p&gt;여기에 입력한 내용은 실행 중인 프로그램의 입력(stdin)으로 갑니다. Enter는 줄을 보내고, Ctrl+D는 입력을 끝냅니다.&lt;/p&gt;&lt;p&gt;입력 상자가 비어 있을 때만 동작합니다. 입력 상자에 텍스트가 있으면 프로그램은 그 텍스트를 받고 입력은 거기서 끝납니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End the program&apos;s input, as Ctrl+D does in a terminal (Ctrl+D)</source>
        <translation>터미널에서 Ctrl+D처럼 프로그램의 입력을 끝냅니다(Ctrl+D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+69"/>
        <source>End input</source>
        <translation>입력 끝내기</translation>
    </message>
    <message>
        <location line="-46"/>
        <source>Type input, Enter sends it</source>
        <translation>입력하고 Enter로 보내기</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The program read the Input box; empty it to type input here while the program runs</source>
        <translation>프로그램이 입력 상자의 내용을 읽었습니다. 실행 중에 여기서 입력하려면 입력 상자를 비우세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input ended</source>
        <translation>입력 끝남</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>End</source>
        <translation>끝내기</translation>
    </message>
</context>
<context>
    <name>ConsoleView</name>
    <message>
        <location filename="../app/ui/ConsoleView.cpp" line="+58"/>
        <source>Program output appears here.</source>
        <translation>프로그램 출력이 여기에 나타납니다.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>[%1 of earlier output not kept]</source>
        <translation>[이전 출력 %1은(는) 보관하지 않음]</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Go to %1, line %2</source>
        <translation>%1의 %2번째 줄로 이동</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message>
        <location filename="../app/ui/practice/Counted.cpp" line="+9"/>
        <source>1 test case</source>
        <translation>테스트 케이스 1개</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n test cases</source>
        <translation>
            <numerusform>테스트 케이스 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>1 test</source>
        <translation>테스트 1개</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n tests</source>
        <translation>
            <numerusform>테스트 %n개</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomChecker</name>
    <message>
        <location filename="../app/core/practice/CustomChecker.cpp" line="+58"/>
        <source>The checker could not run: %1</source>
        <translation>체커를 실행할 수 없습니다: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Pick the language of the custom checker.</source>
        <translation>사용자 정의 체커의 언어를 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the custom checker&apos;s code, or choose a built-in checker.</source>
        <translation>사용자 정의 체커의 코드를 작성하거나 기본 제공 체커를 고르세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The custom checker&apos;s language, %1, is not one RunPad knows.</source>
        <translation>사용자 정의 체커의 언어 %1은(는) RunPad가 모르는 언어입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A custom checker cannot be written in %1: of the compiled languages only C and C++ can check, so choose one of them or a language that needs no compiling, such as Python.</source>
        <translation>사용자 정의 체커는 %1(으)로 작성할 수 없습니다. 컴파일 언어 중에서는 C와 C++만 체커가 될 수 있으니, 그중 하나나 Python처럼 컴파일이 필요 없는 언어를 고르세요.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The checker failed (exit code %1): %2</source>
        <translation>체커가 실패했습니다(종료 코드 %1): %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it said nothing</source>
        <translation>아무 메시지도 없음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The checker failed: %1 (%2)%3</source>
        <translation>체커가 실패했습니다: %1(%2)%3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The checker did not compile:
%1</source>
        <translation>체커가 컴파일되지 않았습니다:
%1</translation>
    </message>
</context>
<context>
    <name>DiagnosticMarks</name>
    <message>
        <location filename="../editor/DiagnosticMarks.cpp" line="+28"/>
        <source>error</source>
        <translation>오류</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>note</source>
        <translation>참고</translation>
    </message>
</context>
<context>
    <name>DocumentController</name>
    <message>
        <location filename="../app/ui/DocumentController.cpp" line="+150"/>
        <source>Open File</source>
        <translation>파일 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot open %1:
%2</source>
        <translation>%1을(를) 열 수 없습니다:
%2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The tests in %1 could not be read: %2</source>
        <translation>%1의 테스트를 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+18"/>
        <source>Save File</source>
        <translation>파일 저장</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>The code is saved, but its tests could not be saved to %1:
%2</source>
        <translation>코드는 저장했지만 테스트를 %1에 저장하지 못했습니다:
%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot save %1:
%2
Your text is still here, not saved.</source>
        <translation>%1을(를) 저장할 수 없습니다:
%2
작성한 텍스트는 저장되지 않은 채로 남아 있습니다.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved %1</source>
        <translation>%1 저장함</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save As</source>
        <translation>다른 이름으로 저장</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unsaved Changes</source>
        <translation>저장하지 않은 변경 사항</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has unsaved changes. Save them?</source>
        <translation>%1에 저장하지 않은 변경 사항이 있습니다. 저장하시겠습니까?</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 could not be opened again: %2</source>
        <translation>%1을(를) 다시 열 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>%1 changed on disk and was reloaded.</source>
        <translation>%1이(가) 디스크에서 바뀌어 다시 불러왔습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot reload %1: %2</source>
        <translation>%1을(를) 다시 불러올 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>DocumentState</name>
    <message>
        <location filename="../app/ui/session/DocumentState.cpp" line="+24"/>
        <source>%1 must be a string</source>
        <translation>%1은(는) 문자열이어야 함</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 must be true or false</source>
        <translation>%1은(는) true 또는 false여야 함</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be a number, at least 0</source>
        <translation>%1은(는) 0 이상의 숫자여야 함</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>a document&apos;s id is missing or not usable</source>
        <translation>문서 id가 없거나 쓸 수 없음</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>its content belongs to another document</source>
        <translation>내용이 다른 문서의 것임</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>text must be a string</source>
        <translation>text는 문자열이어야 함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its text is missing</source>
        <translation>텍스트가 없음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>problem must be an object</source>
        <translation>problem은 객체여야 함</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its problem: %1</source>
        <translation>문제 정보: %1</translation>
    </message>
</context>
<context>
    <name>DocumentTabs</name>
    <message>
        <location filename="../app/ui/DocumentTabs.cpp" line="+136"/>
        <source>Open Files</source>
        <translation>파일 열기</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Not saved yet</source>
        <translation>아직 저장하지 않음</translation>
    </message>
</context>
<context>
    <name>EditActions</name>
    <message>
        <location filename="../editor/EditActions.cpp" line="+37"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select &amp;All</source>
        <translation>모두 선택(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Toggle &amp;Comment</source>
        <translation>주석 토글(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duplicate Line or Selection</source>
        <translation>줄 또는 선택 영역 복제(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Line &amp;Up</source>
        <translation>줄 위로 이동(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Line Do&amp;wn</source>
        <translation>줄 아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>De&amp;lete Line</source>
        <translation>줄 삭제(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;eplace…</source>
        <translation>바꾸기(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Next</source>
        <translation>다음 찾기(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find Pre&amp;vious</source>
        <translation>이전 찾기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go to Line…</source>
        <translation>줄로 이동(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom &amp;In</source>
        <translation>확대(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom &amp;Out</source>
        <translation>축소(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset &amp;Zoom</source>
        <translation>확대/축소 초기화(&amp;Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;Whitespace</source>
        <translation>공백 표시(&amp;W)</translation>
    </message>
</context>
<context>
    <name>FileChangedBar</name>
    <message>
        <location filename="../app/ui/session/FileChangedBar.cpp" line="+13"/>
        <source>Reload</source>
        <translation>다시 불러오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep mine</source>
        <translation>내 것 유지</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Replace your text with the file as it is on disk now</source>
        <translation>텍스트를 지금 디스크에 있는 파일 내용으로 바꿉니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep your text; saving it will overwrite the file</source>
        <translation>텍스트를 유지합니다. 저장하면 파일을 덮어씁니다</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 changed on disk.</source>
        <translation>%1이(가) 디스크에서 바뀌었습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 was deleted on disk. Your text is kept, unsaved; save it to write the file again.</source>
        <translation>%1이(가) 디스크에서 삭제되었습니다. 텍스트는 저장되지 않은 채로 남아 있으니, 저장하면 파일을 다시 씁니다.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../editor/FindBar.cpp" line="+58"/>
        <source>Find</source>
        <translation>찾기</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+23"/>
        <source>Replace</source>
        <translation>바꾸기</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>With a regular expression, \1 to \9 insert the captured groups</source>
        <translation>정규 표현식에서는 \1~\9가 캡처한 그룹을 넣습니다</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Match case</source>
        <translation>대소문자 구분</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole words</source>
        <translation>단어 단위로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regular expression</source>
        <translation>정규 표현식</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Previous match (Shift+Enter)</source>
        <translation>이전 항목(Shift+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next match (Enter)</source>
        <translation>다음 항목(Enter)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close (Esc)</source>
        <translation>닫기(Esc)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace this match</source>
        <translation>이 항목 바꾸기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace All</source>
        <translation>모두 바꾸기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Replace every match</source>
        <translation>일치하는 항목 모두 바꾸기</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Replaced 1 occurrence</source>
        <translation>1개 항목을 바꿨습니다</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Replaced %n occurrences</source>
        <translation>
            <numerusform>%n개 항목을 바꿨습니다</numerusform>
        </translation>
    </message>
    <message>
        <location line="+134"/>
        <source>Invalid regular expression: %1</source>
        <translation>잘못된 정규 표현식: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No results</source>
        <translation>결과 없음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 of %2+</source>
        <translation>%1/%2+</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1+ matches</source>
        <translation>%1+개 일치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 match</source>
        <translation>1개 일치</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n matches</source>
        <translation>
            <numerusform>%n개 일치</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GoToLineBar</name>
    <message>
        <location filename="../editor/GoToLineBar.cpp" line="+24"/>
        <source>Go to line:</source>
        <translation>이동할 줄:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1:%2, lines 1 to %3</source>
        <translation>%1:%2, 줄 범위 1~%3</translation>
    </message>
</context>
<context>
    <name>HelperConnection</name>
    <message>
        <location filename="../app/core/HelperConnection.cpp" line="+20"/>
        <source>The helper closed the connection.</source>
        <translation>헬퍼가 연결을 닫았습니다.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The helper sent a message longer than %1 MiB.</source>
        <translation>헬퍼가 %1 MiB보다 긴 메시지를 보냈습니다.</translation>
    </message>
</context>
<context>
    <name>HttpRequestReader</name>
    <message>
        <location filename="../app/core/practice/HttpRequestReader.cpp" line="+50"/>
        <location line="+4"/>
        <source>the request&apos;s headers are longer than %1 bytes</source>
        <translation>요청 헤더가 %1바이트보다 김</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the request line is not HTTP/1.1: &apos;%1&apos;</source>
        <translation>요청 줄이 HTTP/1.1이 아님: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>header line %1 is malformed</source>
        <translation>헤더 %1번째 줄의 형식이 잘못됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Content-Length is given twice</source>
        <translation>Content-Length가 두 번 있음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>only POST is accepted here, not %1</source>
        <translation>여기서는 %1이(가) 아니라 POST만 받음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chunked bodies are not accepted: send Content-Length</source>
        <translation>chunked 본문은 받지 않음: Content-Length를 보내야 함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Content-Length is required</source>
        <translation>Content-Length가 필요함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Content-Length is not a number of bytes: &apos;%1&apos;</source>
        <translation>Content-Length가 바이트 수가 아님: &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is %1 bytes; at most %2 are accepted</source>
        <translation>본문이 %1바이트임. 최대 %2바이트까지 받음</translation>
    </message>
</context>
<context>
    <name>Judge</name>
    <message>
        <location filename="../app/core/practice/Judge.cpp" line="+50"/>
        <source>stdout length exceeded</source>
        <translation>stdout 길이 초과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stderr length exceeded</source>
        <translation>stderr 길이 초과</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sandbox failed: %1</source>
        <translation>샌드박스가 실패했습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no reason given</source>
        <translation>이유 없음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Killed by %1</source>
        <translation>%1에 의해 종료됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exited with code %1</source>
        <translation>종료 코드 %1로 끝남</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No expected output: judged by the exit status alone</source>
        <translation>기대 출력 없음: 종료 상태만으로 판정함</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Compilation took too long: %1</source>
        <translation>컴파일이 너무 오래 걸렸습니다: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compilation failed</source>
        <translation>컴파일 실패</translation>
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
        <translation>왼쪽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Right</source>
        <translation>오른쪽</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up</source>
        <translation>위</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Down</source>
        <translation>아래</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../app/ui/LanguagePicker.cpp" line="+11"/>
        <source>Language of the document</source>
        <translation>문서의 언어</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 (not installed)</source>
        <translation>%1(설치되지 않음)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backend has no runtime for %1.</source>
        <translation>백엔드에 %1 런타임이 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no runtime for %2.</source>
        <translation>%1에 %2 런타임이 없습니다.</translation>
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
        <translation>샌드박스 헬퍼용 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The folder %1 belongs to someone else, so the sandbox helper cannot use it.</source>
        <translation>폴더 %1의 소유자가 다른 사용자이므로 샌드박스 헬퍼가 사용할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sandbox helper %1 could not be started: %2.</source>
        <translation>샌드박스 헬퍼 %1을(를) 시작할 수 없습니다: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox helper is not installed: %1 does not exist.</source>
        <translation>샌드박스 헬퍼가 설치되어 있지 않습니다: %1이(가) 없습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The sandbox helper said something unexpected: %1</source>
        <translation>샌드박스 헬퍼가 예상하지 못한 응답을 보냈습니다: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The sandbox helper crashed while starting.</source>
        <translation>샌드박스 헬퍼가 시작하는 중에 비정상 종료했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox helper cannot build a sandbox on this computer: it needs root, or user namespaces for a rootless sandbox.</source>
        <translation>샌드박스 헬퍼가 이 컴퓨터에서 샌드박스를 만들 수 없습니다. root 권한이나, rootless 샌드박스를 위한 사용자 네임스페이스가 필요합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The sandbox helper stopped while starting (exit code %1).</source>
        <translation>샌드박스 헬퍼가 시작하는 중에 멈췄습니다(종료 코드 %1).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot connect to the sandbox helper at %1: %2</source>
        <translation>%1의 샌드박스 헬퍼에 연결할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The program at %1 is not a compatible sandbox helper.</source>
        <translation>%1의 프로그램은 호환되는 샌드박스 헬퍼가 아닙니다.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The sandbox helper stopped unexpectedly; it will be restarted for the next run.</source>
        <translation>샌드박스 헬퍼가 예기치 않게 멈췄습니다. 다음 실행 때 다시 시작합니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Local sandbox unavailable</source>
        <translation>로컬 샌드박스 사용 불가</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>The sandbox helper did not get ready within %n seconds.</source>
        <translation>
            <numerusform>샌드박스 헬퍼가 %n초 안에 준비되지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sandbox helper at %1 does not answer.</source>
        <translation>%1의 샌드박스 헬퍼가 응답하지 않습니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>runpad-sandbox is neither beside RunPad, nor in ../libexec, nor on PATH</source>
        <translation>runpad-sandbox가 RunPad 옆에도, ../libexec에도, PATH에도 없음</translation>
    </message>
    <message>
        <source>runpad-sandbox is neither beside RunPad, nor in ../libexec/runpad, nor on PATH</source>
        <translation type="vanished">runpad-sandbox가 RunPad 옆에도, ../libexec/runpad에도, PATH에도 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this system has no Linux namespaces and cgroups to build a sandbox from</source>
        <translation>이 시스템에는 샌드박스를 만들 Linux 네임스페이스와 cgroup이 없음</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Local sandbox</source>
        <translation>로컬 샌드박스</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../app/ui/MainWindow.cpp" line="+197"/>
        <source>Competitive Companion cannot reach RunPad: %1. Pick another port in Settings ▸ Competitive Companion.</source>
        <translation>Competitive Companion이 RunPad에 연결할 수 없습니다: %1. 설정 ▸ Competitive Companion에서 다른 포트를 고르세요.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The local sandbox cannot run here: %1. Add a remote server to run code (Settings ▸ Remote servers).</source>
        <translation>로컬 샌드박스를 여기서 실행할 수 없습니다: %1. 코드를 실행하려면 원격 서버를 추가하세요(설정 ▸ 원격 서버).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The local sandbox cannot run here: %1. Code runs on %2.</source>
        <translation>로컬 샌드박스를 여기서 실행할 수 없습니다: %1. 코드는 %2에서 실행합니다.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Pick a language to run this file as.</source>
        <translation>이 파일을 실행할 언어를 고르세요.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>There are no test cases to run: add one first.</source>
        <translation>실행할 테스트 케이스가 없습니다. 먼저 하나 추가하세요.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+359"/>
        <source>Compiling…</source>
        <translation>컴파일 중…</translation>
    </message>
    <message>
        <location line="-354"/>
        <source>Compilation failed: no case could run</source>
        <translation>컴파일 실패: 실행한 케이스 없음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every test case passed</source>
        <translation>모든 테스트 케이스 통과</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test cases passed</source>
        <translation>테스트 케이스 통과</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (%2 of %3 from %4)</source>
        <translation>%1(%4의 %3개 중 %2번째)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is open already.</source>
        <translation>%1은(는) 이미 열려 있습니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Received %1 with %2.</source>
        <translation>%1을(를) %2와(과) 함께 받았습니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>[end of input]</source>
        <translation>[입력 끝]</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New</source>
        <translation>새로 만들기(&amp;N)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>저장(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save &amp;As…</source>
        <translation>다른 이름으로 저장(&amp;A)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Tab</source>
        <translation>탭 닫기(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next Tab</source>
        <translation>다음 탭(&amp;N)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Previous Tab</source>
        <translation>이전 탭(&amp;P)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+60"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Run &amp;All Tests</source>
        <translation>모든 테스트 실행(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run all</source>
        <translation>모두 실행</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stress &amp;Test…</source>
        <translation>스트레스 테스트(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stress…</source>
        <translation>스트레스…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find an input where your solution and a brute force differ</source>
        <translation>내 풀이와 브루트 포스 풀이의 답이 다른 입력 찾기</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Follow the System</source>
        <translation>시스템 설정 따르기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Main</source>
        <translation>기본 도구 모음</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+1"/>
        <source>Menu</source>
        <translation>메뉴</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run on:</source>
        <translation>실행 위치:</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Input for the program (stdin)</source>
        <translation>프로그램 입력(stdin)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tests</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Output</source>
        <translation>출력</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Running…</source>
        <translation>실행 중…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is not open.</source>
        <translation>%1이(가) 열려 있지 않습니다.</translation>
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
        <translation>%1이(가) 입력 %3개에 대해 결과 %2개를 돌려주었습니다</translation>
    </message>
</context>
<context>
    <name>PistonBackend</name>
    <message>
        <location filename="../app/core/PistonBackend.cpp" line="+23"/>
        <source>Remote: %1</source>
        <translation>원격: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Remote: %1 (runpad-server)</source>
        <translation>원격: %1(runpad-server)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&lt;br&gt;%2: a RunPad server; interactive runs can close the program&apos;s input (Ctrl+D) and send it signals.</source>
        <translation>%1&lt;br&gt;%2: RunPad 서버입니다. 대화형 실행에서 프로그램 입력을 닫고(Ctrl+D) 시그널을 보낼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remote: %1 (Piston)</source>
        <translation>원격: %1(Piston)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1&lt;br&gt;A Piston server: interactive runs cannot close the program&apos;s input (Ctrl+D) and signals do not reach the program; Stop hangs up.</source>
        <translation>%1&lt;br&gt;Piston 서버입니다. 대화형 실행에서 프로그램 입력을 닫을 수 없고(Ctrl+D) 시그널도 프로그램에 닿지 않습니다. 중지하면 연결을 끊습니다.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the runtimes are not a JSON array</source>
        <translation>런타임 목록이 JSON 배열이 아님</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a runtime has no language</source>
        <translation>언어가 없는 런타임이 있음</translation>
    </message>
</context>
<context>
    <name>PistonConnectJob</name>
    <message>
        <location filename="../app/core/PistonConnectJob.cpp" line="+32"/>
        <source>the run was already initialized</source>
        <translation>실행이 이미 초기화됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the run request did not arrive in time</source>
        <translation>실행 요청이 제때 도착하지 않음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>an error was reported</source>
        <translation>오류가 보고됨</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>input arrived before the run was initialized</source>
        <translation>실행이 초기화되기 전에 입력이 도착함</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a program&apos;s input is the only stream that can be written</source>
        <translation>쓸 수 있는 스트림은 프로그램 입력뿐임</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it does not know the signal %1</source>
        <translation>시그널 %1을(를) 모름</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is busy; try again later</source>
        <translation>사용 중이므로 나중에 다시 시도해야 함</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The connection to %1 was lost while the program ran (close code %2%3).</source>
        <translation>프로그램 실행 중에 %1과(와)의 연결이 끊겼습니다(닫기 코드 %2%3).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 ended the session: %2 (close code %3).</source>
        <translation>%1이(가) 세션을 끝냈습니다: %2(닫기 코드 %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Stopped: %1 did not confirm the end of the run within %n second(s), so RunPad hung up.</source>
        <translation>
            <numerusform>중지됨: %1이(가) %n초 안에 실행 종료를 확인하지 않아 RunPad가 연결을 끊었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 in a message</source>
        <translation>메시지의 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a message is not a JSON object</source>
        <translation>JSON 객체가 아닌 메시지가 있음</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>it gave no reason</source>
        <translation>이유를 밝히지 않음</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Stopped: the run on %1 was ended.</source>
        <translation>중지됨: %1의 실행을 끝냈습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 rejected the request: %2</source>
        <translation>%1이(가) 요청을 거부했습니다: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot run it now: %2</source>
        <translation>%1이(가) 지금은 실행할 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 failed while running it: %2</source>
        <translation>%1이(가) 실행 중에 실패했습니다: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Stopped before %1 started the run.</source>
        <translation>%1이(가) 실행을 시작하기 전에 중지했습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stopped: RunPad hung up on %1, which ends the run there.</source>
        <translation>중지됨: RunPad가 %1과(와)의 연결을 끊어 그쪽 실행도 끝납니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>RunPad: %1 runs Piston, which does not pass signals such as %2 on to the program; Stop ends the run.
</source>
        <translation>RunPad: %1은(는) Piston을 실행하므로 %2 같은 시그널을 프로그램에 전달하지 않습니다. 중지하면 실행이 끝납니다.
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>RunPad: %1 runs Piston, which has no way to close a program&apos;s input (end of input, Ctrl+D); the program reads on until it ends or is stopped.
</source>
        <translation>RunPad: %1은(는) Piston을 실행하므로 프로그램 입력을 닫을 방법(입력 끝, Ctrl+D)이 없습니다. 프로그램은 끝나거나 중지될 때까지 계속 읽습니다.
</translation>
    </message>
</context>
<context>
    <name>PistonExecuteJob</name>
    <message>
        <location filename="../app/core/PistonExecuteJob.cpp" line="+36"/>
        <source>RunPad: this run was sent to %1 with its input; what is typed now does not reach it. Run interactively to type input.
</source>
        <translation>RunPad: 이 실행은 입력과 함께 %1(으)로 보냈으므로 지금 입력하는 내용은 전달되지 않습니다. 입력하려면 대화형으로 실행하세요.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopped: RunPad no longer waits for %1. The server may still finish the run, since HTTP cannot reach the running program.</source>
        <translation>중지됨: RunPad는 더 이상 %1을(를) 기다리지 않습니다. HTTP로는 실행 중인 프로그램에 닿을 수 없으므로 서버가 실행을 끝까지 마칠 수도 있습니다.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the answer has no run or compile stage</source>
        <translation>응답에 실행 단계나 컴파일 단계가 없음</translation>
    </message>
</context>
<context>
    <name>PistonHttpCall</name>
    <message>
        <location filename="../app/core/PistonHttpCall.cpp" line="+99"/>
        <source>%1 redirected the request to %2 (HTTP %3), which would turn the run into a GET request. Change the server&apos;s URL to where it redirects.</source>
        <translation>%1이(가) 요청을 %2(으)로 리디렉션했습니다(HTTP %3). 따라가면 실행 요청이 GET 요청으로 바뀝니다. 서버 URL을 리디렉션되는 주소로 바꾸세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 redirected the request from HTTPS to the insecure %2; RunPad does not follow it.</source>
        <translation>%1이(가) 요청을 HTTPS에서 안전하지 않은 %2(으)로 리디렉션했습니다. RunPad는 따라가지 않습니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 redirected the request more than %2 times; the last target was %3.</source>
        <translation>%1이(가) 요청을 %2번 넘게 리디렉션했습니다. 마지막 대상은 %3이었습니다.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the answer is empty</source>
        <translation>응답이 비어 있음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at byte %2</source>
        <translation>%2바이트 위치의 %1</translation>
    </message>
</context>
<context>
    <name>PracticePanels</name>
    <message>
        <location filename="../app/ui/practice/PracticePanels.cpp" line="+113"/>
        <source>Tests %1/%2</source>
        <translation>테스트 %1/%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tests</source>
        <translation>테스트</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../app/core/practice/Problem.cpp" line="+36"/>
        <source>%1 must be a string</source>
        <translation>%1은(는) 문자열이어야 함</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is required as a number</source>
        <translation>%1은(는) 숫자로 있어야 함</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 must be positive, not %2</source>
        <translation>%1은(는) %2이(가) 아니라 양수여야 함</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is too large: %2</source>
        <translation>%1이(가) 너무 큼: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 must be true or false</source>
        <translation>%1은(는) true 또는 false여야 함</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>input.type must be &quot;stdin&quot;, &quot;file&quot; or &quot;regex&quot;</source>
        <translation>input.type은 &quot;stdin&quot;, &quot;file&quot;, &quot;regex&quot; 중 하나여야 함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>output.type must be &quot;stdout&quot; or &quot;file&quot;</source>
        <translation>output.type은 &quot;stdout&quot; 또는 &quot;file&quot;이어야 함</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1.%2 is required as a non-empty string when %1.type is &quot;%3&quot;</source>
        <translation>%1.type이 &quot;%3&quot;이면 %1.%2은(는) 비어 있지 않은 문자열이어야 함</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>checker must be an object</source>
        <translation>checker는 객체여야 함</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checker.kind &apos;%1&apos; is unknown; it is one of exact, lines, tokens, float, custom</source>
        <translation>checker.kind &apos;%1&apos;은(는) 알 수 없는 값임. exact, lines, tokens, float, custom 중 하나여야 함</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>checker.%1 must be a number, at least 0</source>
        <translation>checker.%1은(는) 0 이상의 숫자여야 함</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a custom checker needs customSource and customLanguage</source>
        <translation>사용자 정의 체커에는 customSource와 customLanguage가 필요함</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>a file whose name matches %1</source>
        <translation>이름이 %1과(와) 맞는 파일</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On the judge this problem reads its input from %1 and writes its output to %2.</source>
        <translation>채점 서버에서 이 문제는 %1에서 입력을 읽고 %2에 출력을 씁니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On the judge this problem reads its input from %1.</source>
        <translation>채점 서버에서 이 문제는 %1에서 입력을 읽습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On the judge this problem writes its output to %1.</source>
        <translation>채점 서버에서 이 문제는 %1에 출력을 씁니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run all gives each case on stdin and reads stdout instead, so use the standard streams while testing here.</source>
        <translation>모두 실행은 각 케이스를 대신 stdin으로 주고 stdout을 읽으므로, 여기서 테스트하는 동안에는 표준 입출력을 사용하세요.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>version is required as a number; this is not a RunPad problem file</source>
        <translation>version이 숫자로 있어야 함. RunPad 문제 파일이 아님</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 is not known; this RunPad reads versions %2 to %3 (a newer RunPad may have written it)</source>
        <translation>알 수 없는 버전 %1입니다. 이 RunPad는 버전 %2~%3을 읽습니다(더 새로운 RunPad가 썼을 수 있음)</translation>
    </message>
    <message>
        <source>version %1 is not known; this RunPad reads version %2 (a newer RunPad may have written it)</source>
        <translation type="vanished">버전 %1은(는) 알 수 없음. 이 RunPad는 버전 %2을(를) 읽음(더 새로운 RunPad가 쓴 파일일 수 있음)</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+56"/>
        <source>tests is required as an array</source>
        <translation>tests가 배열로 있어야 함</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>tests[%1] needs input and expected as strings</source>
        <translation>tests[%1]에는 문자열 input과 expected가 필요함</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>name is required as a non-empty string</source>
        <translation>name이 비어 있지 않은 문자열로 있어야 함</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>timeLimit (milliseconds)</source>
        <translation>timeLimit(밀리초)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memoryLimit (megabytes)</source>
        <translation>memoryLimit(메가바이트)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>testType must be &quot;single&quot; or &quot;multiNumber&quot;</source>
        <translation>testType은 &quot;single&quot; 또는 &quot;multiNumber&quot;여야 함</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tests[%1] needs input and output as strings</source>
        <translation>tests[%1]에는 문자열 input과 output이 필요함</translation>
    </message>
</context>
<context>
    <name>ProblemDialog</name>
    <message>
        <location filename="../app/ui/practice/ProblemDialog.cpp" line="+71"/>
        <source>Problem</source>
        <translation>문제</translation>
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
        <translation>문제 주소, 예: https://codeforces.com/…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lines, ignoring trailing whitespace</source>
        <translation>줄 단위, 줄 끝 공백 무시</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exact, byte for byte</source>
        <translation>정확히, 바이트 단위로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens, any whitespace between</source>
        <translation>토큰 단위, 사이 공백 무관</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floating-point numbers, with tolerance</source>
        <translation>부동소수점 수, 허용 오차 적용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom checker program</source>
        <translation>사용자 정의 체커 프로그램</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Absolute tolerance:</source>
        <translation>절대 오차(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Relative tolerance:</source>
        <translation>상대 오차(&amp;R):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number passes when it is within either tolerance of the expected one; other words must match exactly.</source>
        <translation>수는 기대값과의 차이가 두 허용 오차 중 하나 안에 들면 통과합니다. 다른 단어는 정확히 일치해야 합니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contest:</source>
        <translation>대회(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time limit:</source>
        <translation>시간 제한(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Memory limit:</source>
        <translation>메모리 제한(&amp;M):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hecker:</source>
        <translation>체커(&amp;H):</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>The tolerances must be numbers of at least 0, such as 1e-6 or 0.001.</source>
        <translation>허용 오차는 1e-6이나 0.001처럼 0 이상의 수여야 합니다.</translation>
    </message>
    <message>
        <source>Pick the language of the checker.</source>
        <translation type="vanished">체커의 언어를 고르세요.</translation>
    </message>
    <message>
        <source>Write the checker&apos;s code, or pick another checker.</source>
        <translation type="vanished">체커 코드를 작성하거나 다른 체커를 고르세요.</translation>
    </message>
</context>
<context>
    <name>ProblemFile</name>
    <message>
        <location filename="../app/core/practice/ProblemFile.cpp" line="+36"/>
        <source>Cannot save the problem to %1: %2</source>
        <translation>문제를 %1에 저장할 수 없음: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is not a problem file: it is larger than 256 MiB</source>
        <translation>%1은(는) 문제 파일이 아님: 256 MiB보다 큼</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not valid JSON (at byte %2: %3); it was left as it is</source>
        <translation>%1은(는) 올바른 JSON이 아니어서(%2바이트 위치: %3) 그대로 두었음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 does not hold a JSON object; it was left as it is</source>
        <translation>%1에 JSON 객체가 없어서 그대로 두었음</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a usable problem file: %2; it was left as it is</source>
        <translation>%1은(는) 쓸 수 있는 문제 파일이 아니어서(%2) 그대로 두었음</translation>
    </message>
</context>
<context>
    <name>ProblemHeader</name>
    <message>
        <location filename="../app/ui/practice/ProblemHeader.cpp" line="+28"/>
        <source>Problem: %1</source>
        <translation>문제: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contest: %1</source>
        <translation>대회: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>URL: %1</source>
        <translation>URL: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limits: %1 ms, %2 MB</source>
        <translation>제한: %1 ms, %2 MB</translation>
    </message>
</context>
<context>
    <name>ProgramEditor</name>
    <message>
        <location filename="../app/ui/practice/ProgramEditor.cpp" line="+19"/>
        <source>Language:</source>
        <translation>언어:</translation>
    </message>
</context>
<context>
    <name>QsciScintilla</name>
    <message>
        <location filename="../app/ui/UiLanguage.cpp" line="+32"/>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cu&amp;t</source>
        <translation>잘라내기(&amp;T)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Copy</source>
        <translation>복사(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paste</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select All</source>
        <translation>모두 선택</translation>
    </message>
</context>
<context>
    <name>RecentFiles</name>
    <message>
        <location filename="../app/ui/RecentFiles.cpp" line="+52"/>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Recent Files</source>
        <translation>최근 파일 목록 지우기</translation>
    </message>
</context>
<context>
    <name>RemoteFailure</name>
    <message numerus="yes">
        <location filename="../app/core/RemoteFailure.cpp" line="+47"/>
        <source>try again in %n second(s)</source>
        <translation>
            <numerusform>%n초 후에 다시 시도하세요</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>try again now</source>
        <translation>지금 다시 시도하세요</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>try again in %n second(s) (at %1)</source>
        <translation>
            <numerusform>%n초 후(%1)에 다시 시도하세요</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>try again later</source>
        <translation>나중에 다시 시도하세요</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The secure connection to %1 failed: %2. RunPad does not send code or keys to a server whose certificate it cannot verify.</source>
        <translation>%1과(와)의 보안 연결에 실패했습니다: %2. RunPad는 인증서를 검증할 수 없는 서버에 코드나 키를 보내지 않습니다.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The request to %1 failed: %2.</source>
        <translation>%1에 보낸 요청이 실패했습니다: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot reach %1: nothing accepts connections at %2 (connection refused). Is the server running, and is the port right?</source>
        <translation>%1에 연결할 수 없습니다: %2에서 연결을 받지 않습니다(연결 거부). 서버가 실행 중이고 포트가 맞는지 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot reach %1: the host name %2 was not found (DNS). Check the server&apos;s URL and the network connection.</source>
        <translation>%1에 연결할 수 없습니다: 호스트 이름 %2을(를) 찾지 못했습니다(DNS). 서버 URL과 네트워크 연결을 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 closed the connection before it answered (%2).</source>
        <translation>%1이(가) 응답하기 전에 연결을 닫았습니다(%2).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The connection to %1 (%2) failed: %3.</source>
        <translation>%1(%2) 연결에 실패했습니다: %3.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 rejected the request</source>
        <translation>%1이(가) 요청을 거부했습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the API key (HTTP 401 Unauthorized). Check the key in the server&apos;s settings.</source>
        <translation>%1이(가) API 키를 받아들이지 않았습니다(HTTP 401 Unauthorized). 서버 설정에서 키를 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 needs an API key (HTTP 401 Unauthorized). Enter one in the server&apos;s settings.</source>
        <translation>%1에는 API 키가 필요합니다(HTTP 401 Unauthorized). 서버 설정에서 키를 입력하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 refused access with this API key (HTTP 403 Forbidden). Check the key in the server&apos;s settings.</source>
        <translation>%1이(가) 이 API 키로는 접근을 거부했습니다(HTTP 403 Forbidden). 서버 설정에서 키를 확인하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 refused access (HTTP 403 Forbidden); it probably needs an API key. Enter one in the server&apos;s settings.</source>
        <translation>%1이(가) 접근을 거부했습니다(HTTP 403 Forbidden). API 키가 필요한 것 같습니다. 서버 설정에서 키를 입력하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no Piston API at %1 (HTTP 404 Not Found from %2): the URL is probably not a Piston server&apos;s. Check the server&apos;s URL.</source>
        <translation>%1에는 Piston API가 없습니다(%2의 HTTP 404 Not Found). Piston 서버의 URL이 아닌 것 같습니다. 서버 URL을 확인하세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The request is too large for %1 (HTTP 413)</source>
        <translation>요청이 %1에 보내기에는 너무 큽니다(HTTP 413)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 did not accept the request as JSON (HTTP 415 Unsupported Media Type%2); it is probably not a Piston server.</source>
        <translation>%1이(가) 요청을 JSON으로 받아들이지 않았습니다(HTTP 415 Unsupported Media Type%2). Piston 서버가 아닌 것 같습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has had too many requests (HTTP 429 Too Many Requests); %2.</source>
        <translation>%1이(가) 너무 많은 요청을 받았습니다(HTTP 429 Too Many Requests). %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 had an internal error (HTTP 500)</source>
        <translation>%1에서 내부 오류가 났습니다(HTTP 500)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 cannot run code right now (HTTP %2%3)</source>
        <translation>%1이(가) 지금은 코드를 실행할 수 없습니다(HTTP %2%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The server says: %1.</source>
        <translation>서버 안내: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 answered %2 with HTTP %3</source>
        <translation>%1이(가) %2에 HTTP %3(으)로 응답했습니다</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 sent an answer that is not Piston&apos;s JSON (from %2): %3. Is it a Piston server?</source>
        <translation>%1이(가) Piston의 JSON이 아닌 응답을 보냈습니다(%2): %3. Piston 서버가 맞습니까?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server %1 has no usable URL (&quot;%2&quot;): it needs http:// or https:// and a host name.</source>
        <translation>서버 %1에 쓸 수 있는 URL이 없습니다(&quot;%2&quot;). http:// 또는 https://와 호스트 이름이 필요합니다.</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Cannot reach %1: no connection to %2 within %n second(s).</source>
        <translation>
            <numerusform>%1에 연결할 수 없습니다: %n초 안에 %2에 연결하지 못했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%1 did not answer within %n second(s) (the run&apos;s time limits and a margin), so RunPad stopped waiting.</source>
        <translation>
            <numerusform>%1이(가) %n초(실행 시간 제한과 여유 시간) 안에 응답하지 않아 RunPad가 기다리기를 멈췄습니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(The request was redirected to %1.)</source>
        <translation>(요청이 %1(으)로 리디렉션되었습니다.)</translation>
    </message>
</context>
<context>
    <name>RemoteServer</name>
    <message>
        <location filename="../app/core/RemoteServer.cpp" line="+13"/>
        <source>The address is empty.</source>
        <translation>주소가 비어 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an address: %1</source>
        <translation>주소가 아닙니다: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address must start with http:// or https://.</source>
        <translation>주소는 http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The address needs a host name or IP address, e.g. http://192.168.1.20:2000.</source>
        <translation>주소에 호스트 이름이나 IP 주소가 있어야 합니다. 예: http://192.168.1.20:2000.</translation>
    </message>
</context>
<context>
    <name>RemoteServerDialog</name>
    <message>
        <location filename="../app/ui/RemoteServerDialog.cpp" line="+33"/>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check connection</source>
        <translation>연결 확인</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add Remote Server</source>
        <translation>원격 서버 추가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. Desktop</source>
        <translation>예: 데스크톱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. http://192.168.1.20:2000</source>
        <translation>예: http://192.168.1.20:2000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The address of a Piston server, or of RunPad&apos;s runpad-server, which prints it when it starts.</source>
        <translation>Piston 서버의 주소, 또는 시작할 때 주소를 출력하는 RunPad의 runpad-server 주소입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to the server with every request: runpad-server&apos;s --token, or a Piston API key.</source>
        <translation>모든 요청과 함께 서버에 보냅니다. runpad-server의 --token 또는 Piston API 키입니다.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>주소(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API &amp;key:</source>
        <translation>API 키(&amp;K):</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Edit Remote Server</source>
        <translation>원격 서버 편집</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Give the server a name; the backend selector shows it.</source>
        <translation>서버 이름을 입력하세요. 백엔드 선택기에 표시됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Another remote server is already called %1.</source>
        <translation>%1(이)라는 원격 서버가 이미 있습니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enter the server&apos;s address, e.g. http://192.168.1.20:2000.</source>
        <translation>서버 주소를 입력하세요. 예: http://192.168.1.20:2000.</translation>
    </message>
    <message>
        <source>%1 is not an address: %2</source>
        <translation type="vanished">%1은(는) 주소가 아닙니다: %2</translation>
    </message>
    <message>
        <source>The address must start with http:// or https://.</source>
        <translation type="vanished">주소는 http:// 또는 https://로 시작해야 합니다.</translation>
    </message>
    <message>
        <source>The address needs a host name or IP address, e.g. http://192.168.1.20:2000.</source>
        <translation type="vanished">주소에 호스트 이름이나 IP 주소가 있어야 합니다. 예: http://192.168.1.20:2000.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Asking %1 for its runtimes…</source>
        <translation>%1에 런타임 목록을 묻는 중…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also called %1</source>
        <translation>다른 이름: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Connected: %1 offers %n runtimes.</source>
        <translation>
            <numerusform>연결됨: %1에서 런타임 %n개를 제공합니다.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected, but %1 has no runtimes installed.</source>
        <translation>연결됐지만 %1에 설치된 런타임이 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected: %1 offers 1 runtime.</source>
        <translation>연결됨: %1에서 런타임 1개를 제공합니다.</translation>
    </message>
</context>
<context>
    <name>RemoteServersPage</name>
    <message>
        <location filename="../app/ui/RemoteServersPage.cpp" line="+26"/>
        <source>&amp;Add…</source>
        <translation>추가(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>편집(&amp;E)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Run code on another computer: a Piston server, or another RunPad machine running &lt;tt&gt;runpad-server&lt;/tt&gt;. Each server appears in the toolbar beside the local sandbox.</source>
        <translation>다른 컴퓨터에서 코드를 실행합니다. Piston 서버나 &lt;tt&gt;runpad-server&lt;/tt&gt;를 실행 중인 다른 RunPad 컴퓨터를 쓸 수 있습니다. 각 서버는 도구 모음에서 로컬 샌드박스 옆에 나타납니다.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove Remote Server</source>
        <translation>원격 서버 제거</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1 (%2)?</source>
        <translation>%1(%2)을(를) 제거하시겠습니까?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its API key is forgotten, and tabs that run there switch to the local sandbox.</source>
        <translation>서버의 API 키는 삭제되고, 그 서버에서 실행하던 탭은 로컬 샌드박스로 바뀝니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Removed %1.</source>
        <translation>%1을(를) 제거했습니다.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saved %1.</source>
        <translation>%1을(를) 저장했습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1, but its API key could not be stored: %2</source>
        <translation>%1을(를) 저장했지만 API 키는 보관하지 못했습니다: %2</translation>
    </message>
</context>
<context>
    <name>RunAllController</name>
    <message>
        <location filename="../app/ui/practice/RunAllController.cpp" line="+22"/>
        <source>There is no backend to run the tests on.</source>
        <translation>테스트를 실행할 백엔드가 없습니다.</translation>
    </message>
</context>
<context>
    <name>RunController</name>
    <message>
        <location filename="../app/ui/RunController.cpp" line="+31"/>
        <source>%1 could not start the program.</source>
        <translation>%1에서 프로그램을 시작할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no backend to run the program on.</source>
        <translation>프로그램을 실행할 백엔드가 없습니다.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The program stopped: its backend was removed or changed.</source>
        <translation>프로그램이 멈췄습니다: 백엔드가 제거되었거나 바뀌었습니다.</translation>
    </message>
</context>
<context>
    <name>RunStatusLine</name>
    <message>
        <location filename="../app/ui/RunStatusLine.cpp" line="+41"/>
        <source>Compiling</source>
        <translation>컴파일 중</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backend sent a result without any stage.</source>
        <translation>백엔드가 단계가 하나도 없는 결과를 보냈습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compilation failed: %1</source>
        <translation>컴파일 실패: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · unchanged code, not compiled again</source>
        <translation> · 코드가 바뀌지 않아 다시 컴파일하지 않음</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>signal %1</source>
        <translation>시그널 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exit code %1</source>
        <translation>종료 코드 %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>wall %1 ms</source>
        <translation>경과 %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CPU %1 ms</source>
        <translation>CPU %1 ms</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>memory %1</source>
        <translation>메모리 %1</translation>
    </message>
</context>
<context>
    <name>SandboxIsolation</name>
    <message>
        <location filename="../app/core/SandboxIsolation.cpp" line="+11"/>
        <source>Local sandbox (rootless)</source>
        <translation>로컬 샌드박스(rootless)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Local sandbox (privileged)</source>
        <translation>로컬 샌드박스(특권 모드)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Own process, mount, network (loopback only), IPC and host-name namespaces</source>
        <translation>전용 프로세스, 마운트, 네트워크(루프백만), IPC, 호스트 이름 네임스페이스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A read-only root with only the toolchains; a private /box and /tmp</source>
        <translation>툴체인만 있는 읽기 전용 루트, 전용 /box와 /tmp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A box user of its own, mapped to your user in a user namespace</source>
        <translation>사용자 네임스페이스에서 내 사용자에 매핑된 박스 전용 사용자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A box user id of its own on this computer</source>
        <translation>이 컴퓨터에서 박스 전용 사용자 ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No capabilities, no_new_privs, a seccomp filter against dangerous system calls</source>
        <translation>capability 없음, no_new_privs, 위험한 시스템 호출을 막는 seccomp 필터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall-time, CPU-time and output limits</source>
        <translation>경과 시간, CPU 시간, 출력 제한</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Memory limit (no swap) and a process cap for the whole box (cgroup %1)</source>
        <translation>박스 전체의 메모리 제한(스왑 없음)과 프로세스 수 제한(cgroup %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A process cap per box (rlimit)</source>
        <translation>박스마다 프로세스 수 제한(rlimit)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Memory limit of the whole box: without cgroups only each process&apos;s address space is capped, and only when a limit is set</source>
        <translation>박스 전체의 메모리 제한: cgroup이 없으면 프로세스마다 주소 공간만, 그것도 제한을 설정했을 때만 제한됩니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total size of /box: each file is capped, not the sum (rootless boxes cannot mount it)</source>
        <translation>/box 전체 크기: 파일마다 제한되고 합계는 제한되지 않음(rootless 박스는 마운트할 수 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On this computer the box&apos;s processes run as your user; start the helper as a system service for box user ids of their own</source>
        <translation>이 컴퓨터에서 박스의 프로세스는 내 사용자로 실행됩니다. 박스 전용 사용자 ID를 쓰려면 헬퍼를 시스템 서비스로 시작하세요</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Enforced</source>
        <translation>적용됨</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not enforced</source>
        <translation>적용되지 않음</translation>
    </message>
</context>
<context>
    <name>ScintillaLexer</name>
    <message>
        <location filename="../editor/ScintillaLexer.cpp" line="+32"/>
        <location line="+32"/>
        <source>Default</source>
        <translation>기본</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Block comment</source>
        <translation>블록 주석</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line comment</source>
        <translation>줄 주석</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Block doc comment</source>
        <translation>블록 문서 주석</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Line doc comment</source>
        <translation>줄 문서 주석</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+31"/>
        <source>Keyword</source>
        <translation>키워드</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Built-in type</source>
        <translation>내장 타입</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Constant</source>
        <translation>상수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard type</source>
        <translation>표준 타입</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyword set 5</source>
        <translation>키워드 집합 5</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keyword set 6</source>
        <translation>키워드 집합 6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keyword set 7</source>
        <translation>키워드 집합 7</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+29"/>
        <location line="+1"/>
        <source>String</source>
        <translation>문자열</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Raw string</source>
        <translation>원시 문자열</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Character</source>
        <translation>문자</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+30"/>
        <source>Operator</source>
        <translation>연산자</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+30"/>
        <source>Identifier</source>
        <translation>식별자</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Lifetime</source>
        <translation>라이프타임</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Macro</source>
        <translation>매크로</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lexical error</source>
        <translation>어휘 오류</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Byte string</source>
        <translation>바이트 문자열</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Raw byte string</source>
        <translation>원시 바이트 문자열</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Byte character</source>
        <translation>바이트 문자</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Comment</source>
        <translation>주석</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment block</source>
        <translation>주석 블록</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Extended keyword</source>
        <translation>확장 키워드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Preprocessor</source>
        <translation>전처리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verb</source>
        <translation>동사</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../app/ui/session/Session.cpp" line="+27"/>
        <source>The last session is damaged (%1).</source>
        <translation>지난 세션이 손상되었습니다(%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last session is damaged (%1); it is kept in %2.</source>
        <translation>지난 세션이 손상되었습니다(%1). 손상된 세션은 %2에 보관했습니다.</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <location filename="../app/ui/session/SessionStore.cpp" line="+25"/>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없음: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 cannot be read: %2</source>
        <translation>%1을(를) 읽을 수 없음: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is too large</source>
        <translation>%1이(가) 너무 큼</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not valid JSON (at byte %2: %3)</source>
        <translation>%1은(는) 올바른 JSON이 아님(%2바이트 위치: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 does not hold a JSON object</source>
        <translation>%1에 JSON 객체가 없음</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>its version %1 is not known; this RunPad reads version %2</source>
        <translation>버전 %1은(는) 알 수 없음. 이 RunPad는 버전 %2을(를) 읽음</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>its list of documents is missing</source>
        <translation>문서 목록이 없음</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>document %1: %2</source>
        <translation>문서 %1: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>cannot make the folder %1</source>
        <translation>폴더 %1을(를) 만들 수 없음</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../app/ui/SettingsDialog.cpp" line="+31"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remote servers</source>
        <translation>원격 서버</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Competitive Companion</source>
        <translation>Competitive Companion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>StressTestDialog</name>
    <message>
        <location filename="../app/ui/practice/StressTestDialog.cpp" line="+69"/>
        <source>&amp;Start</source>
        <translation>시작(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S&amp;top</source>
        <translation>중지(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stress Test — %1</source>
        <translation>스트레스 테스트 — %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Generator: prints an input</source>
        <translation>생성기: 입력을 출력함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brute force: slow but surely right</source>
        <translation>브루트 포스: 느리지만 확실히 맞는 풀이</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> tests</source>
        <translation>회</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation>초</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after</source>
        <translation>중지 조건:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>or</source>
        <translation>또는</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your solution is the code of %1. Each test runs the generator, then the brute force and your solution on its output, and compares them with the problem&apos;s checker.</source>
        <translation>내 풀이는 %1의 코드입니다. 각 테스트는 생성기를 실행한 뒤, 그 출력을 입력으로 브루트 포스와 내 풀이를 실행하고 문제의 체커로 두 답을 비교합니다.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>The document is closed.</source>
        <translation>문서가 닫혔습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pick the language of your solution first.</source>
        <translation>먼저 풀이의 언어를 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the generator and pick its language.</source>
        <translation>생성기를 작성하고 언어를 고르세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the brute-force solution and pick its language: its answers are the expected ones.</source>
        <translation>브루트 포스 풀이를 작성하고 언어를 고르세요. 그 답이 기대 출력이 됩니다.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Starting…</source>
        <translation>시작하는 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The tab&apos;s backend is gone: pick where it runs.</source>
        <translation>탭의 백엔드가 없어졌습니다. 실행할 곳을 고르세요.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No difference in %1: the brute force and your solution agree.</source>
        <translation>%1에서 차이가 없습니다. 브루트 포스와 내 풀이의 답이 같습니다.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Found a difference, but the document is closed.</source>
        <translation>차이를 찾았지만 문서가 닫혔습니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Found an input where your solution and the brute force differ: it is now test case %1 of %2, with the brute force&apos;s answer as the expected output.</source>
        <translation>내 풀이와 브루트 포스의 답이 다른 입력을 찾았습니다. 브루트 포스의 답을 기대 출력으로 하여 %2개 중 %1번째 테스트 케이스로 추가했습니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Stopped after %1.</source>
        <translation>%1 후 중지했습니다.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 without a difference · %2 s</source>
        <translation>차이 없이 %1 · %2초</translation>
    </message>
</context>
<context>
    <name>StressTester</name>
    <message>
        <location filename="../app/core/practice/StressTester.cpp" line="+53"/>
        <source>The generator did not compile:
%1</source>
        <translation>생성기가 컴파일되지 않았습니다:
%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The brute force failed on test %1 (%2: %3); its input:
%4</source>
        <translation>브루트 포스가 테스트 %1에서 실패했습니다(%2: %3). 입력:
%4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The brute force did not compile:
%1</source>
        <translation>브루트 포스가 컴파일되지 않았습니다:
%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The solution did not compile:
%1</source>
        <translation>풀이가 컴파일되지 않았습니다:
%1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Give the stress test a budget: a number of tests, seconds, or both.</source>
        <translation>스트레스 테스트의 한도를 정하세요. 테스트 수, 초, 또는 둘 다 정할 수 있습니다.</translation>
    </message>
    <message>
        <source>The custom checker has no code.</source>
        <translation type="vanished">사용자 정의 체커에 코드가 없습니다.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The generator failed on test %1 (%2: %3)%4</source>
        <translation>생성기가 테스트 %1에서 실패했습니다(%2: %3)%4</translation>
    </message>
</context>
<context>
    <name>TestCaseDialog</name>
    <message>
        <location filename="../app/ui/practice/TestCaseDialog.cpp" line="+49"/>
        <source>&amp;Input</source>
        <translation>입력(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Expected output</source>
        <translation>기대 출력(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left empty, the case passes when the program ends without an error.</source>
        <translation>비워 두면 프로그램이 오류 없이 끝날 때 통과합니다.</translation>
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
        <translation>CPU %1 ms · 경과 %2 ms</translation>
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
        <translation>판정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input</source>
        <translation>입력</translation>
    </message>
</context>
<context>
    <name>TestFolder</name>
    <message>
        <location filename="../app/ui/practice/TestFolder.cpp" line="+56"/>
        <source>%1: larger than %2 MiB</source>
        <translation>%1: %2 MiB보다 큼</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2</source>
        <translation>%1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the folder %1.</source>
        <translation>폴더 %1을(를) 읽을 수 없습니다.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot make the folder %1.</source>
        <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>TestRunner</name>
    <message>
        <location filename="../app/core/practice/TestRunner.cpp" line="+77"/>
        <source>This is an interactive problem: its cases need an interactor, which Run all does not have. Run the program in the console instead.</source>
        <translation>대화형 문제입니다. 케이스를 실행하려면 인터랙터가 필요한데 모두 실행에는 인터랙터가 없습니다. 대신 콘솔에서 프로그램을 실행하세요.</translation>
    </message>
    <message>
        <source>The custom checker has no code or no language: add them, or choose a built-in checker.</source>
        <translation type="vanished">사용자 정의 체커에 코드나 언어가 없습니다. 추가하거나 내장 체커를 고르세요.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Case %1 could not be judged: %2</source>
        <translation>케이스 %1을(를) 채점할 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>TestsPanel</name>
    <message>
        <location filename="../app/ui/practice/TestsPanel.cpp" line="+28"/>
        <source>exact checker</source>
        <translation>정확 일치 체커</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line checker</source>
        <translation>줄 단위 체커</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>token checker</source>
        <translation>토큰 단위 체커</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>numbers within %1</source>
        <translation>오차 %1 이내의 수</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>custom checker</source>
        <translation>사용자 정의 체커</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> and %1 more</source>
        <translation> 외 %1개</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>&amp;Add</source>
        <translation>추가(&amp;A)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a test case</source>
        <translation>테스트 케이스 추가</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the selected case (F2)</source>
        <translation>선택한 케이스 편집(F2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Duplicate the selected case</source>
        <translation>선택한 케이스 복제</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>제거(&amp;R)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected case (Delete)</source>
        <translation>선택한 케이스 제거(Delete)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Problem…</source>
        <translation>문제(&amp;P)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time and memory limits, checker, name and address</source>
        <translation>시간·메모리 제한, 체커, 이름, 주소</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Import from a Folder…</source>
        <translation>폴더에서 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the cases of a folder: 1.in with 1.out or 1.ans, and so on</source>
        <translation>폴더의 케이스 추가: 1.in과 1.out 또는 1.ans 등</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport to a Folder…</source>
        <translation>폴더로 내보내기(&amp;X)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Write the cases to a folder as 1.in, 1.out, …</source>
        <translation>케이스를 폴더에 1.in, 1.out, … 으로 쓰기</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Files</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import or export the cases as files</source>
        <translation>케이스를 파일로 가져오거나 내보내기</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>New Test %1</source>
        <translation>새 테스트 %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Test %1</source>
        <translation>테스트 %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Import Test Cases from a Folder</source>
        <translation>폴더에서 테스트 케이스 가져오기</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no answer for %1: expected output left empty</source>
        <translation>%1의 답 없음: 기대 출력을 비워 둠</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no input for %1: not imported</source>
        <translation>%1의 입력 없음: 가져오지 않음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>skipped %1</source>
        <translation>%1 건너뜀</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 has no test cases: it needs input files such as 1.in, with their answers in 1.out or 1.ans.</source>
        <translation>%1에 테스트 케이스가 없습니다. 1.in 같은 입력 파일과, 그 답이 든 1.out 또는 1.ans 파일이 필요합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 from %2.</source>
        <translation>%2에서 %1을(를) 가져왔습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note: %1.</source>
        <translation>참고: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export Test Cases to a Folder</source>
        <translation>테스트 케이스를 폴더로 내보내기</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export Test Cases</source>
        <translation>테스트 케이스 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 already has %2. Replace them?</source>
        <translation>%1에 이미 %2이(가) 있습니다. 바꾸시겠습니까?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exported %1 to %2.</source>
        <translation>%1을(를) %2(으)로 내보냈습니다.</translation>
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
        <translation>채점 중… %2개 중 %1개 완료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No test cases yet: add one, import a folder, or send a problem from Competitive Companion.</source>
        <translation>아직 테스트 케이스가 없습니다. 하나 추가하거나, 폴더에서 가져오거나, Competitive Companion에서 문제를 보내세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · Run all: Ctrl+Shift+Enter</source>
        <translation>%1 · 모두 실행: Ctrl+Shift+Enter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2 passed</source>
        <translation>%1/%2 통과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · %1 not run</source>
        <translation> · %1개 실행 안 함</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed test %1. &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt;</source>
        <translation>테스트 %1을(를) 제거했습니다. &lt;a href=&quot;undo&quot;&gt;실행 취소&lt;/a&gt;</translation>
    </message>
</context>
<context>
    <name>TrailingWhitespaceMarker</name>
    <message>
        <location filename="../app/ui/practice/TrailingWhitespaceMarker.cpp" line="+18"/>
        <source>Whitespace at the end of the line</source>
        <translation>줄 끝 공백</translation>
    </message>
</context>
<context>
    <name>UiLanguage</name>
    <message>
        <location filename="../app/ui/UiLanguage.cpp" line="+35"/>
        <source>System default</source>
        <translation>시스템 기본값</translation>
    </message>
</context>
<context>
    <name>UiLanguagePage</name>
    <message>
        <location filename="../app/ui/UiLanguagePage.cpp" line="+23"/>
        <source>RunPad uses the new language when it starts again.</source>
        <translation>RunPad를 다시 시작하면 새 언어가 적용됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RUNPAD_LANGUAGE=%1 is set in the environment; while it is, it overrides this choice.</source>
        <translation>환경 변수 RUNPAD_LANGUAGE=%1이(가) 설정되어 있어, 설정된 동안에는 이 선택보다 우선합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Interface language:</source>
        <translation>인터페이스 언어(&amp;I):</translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <location filename="../app/core/practice/Verdict.cpp" line="+36"/>
        <source>Not run</source>
        <translation>실행 안 함</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>정답</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong answer</source>
        <translation>오답</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time limit exceeded</source>
        <translation>시간 초과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Memory limit exceeded</source>
        <translation>메모리 초과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runtime error</source>
        <translation>런타임 에러</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output limit exceeded</source>
        <translation>출력 초과</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compilation error</source>
        <translation>컴파일 에러</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Checker error</source>
        <translation>체커 오류</translation>
    </message>
</context>
<context>
    <name>WindowLayout</name>
    <message>
        <location filename="../app/ui/layout/WindowLayout.cpp" line="+65"/>
        <source>Code</source>
        <translation>코드</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/ui/main.cpp" line="+34"/>
        <source>Write and run code snippets in a sandbox.</source>
        <translation>샌드박스에서 코드 조각을 작성하고 실행합니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run the current file once the window is up.</source>
        <translation>창이 뜨면 현재 파일을 실행합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run all test cases of the current file once the window is up.</source>
        <translation>창이 뜨면 현재 파일의 모든 테스트 케이스를 실행합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put &lt;text&gt; in the stdin box.</source>
        <translation>입력 상자에 &lt;텍스트&gt;를 넣습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Files to open, each in a tab.</source>
        <translation>열 파일. 파일마다 탭을 엽니다.</translation>
    </message>
</context>
</TS>
