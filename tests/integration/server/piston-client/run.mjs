// The npm piston-client (a Piston API client RunPad did not write) against a server, used as its
// readme shows. Usage: node run.mjs http://HOST:PORT. Exits 0 only if every answer is right,
// else 1 with a line per wrong answer.
import piston from "piston-client";

const server = process.argv[2];
if (!server) {
    console.error("usage: node run.mjs http://HOST:PORT");
    process.exit(2);
}
const client = piston({ server });
let failures = 0;

function check(what, condition, got) {
    if (condition) {
        console.log(`ok: ${what}`);
    } else {
        failures++;
        console.log(`FAILED: ${what}; got ${JSON.stringify(got)}`);
    }
}

const runtimes = await client.runtimes();
check("runtimes is an array", Array.isArray(runtimes), runtimes);
const python = Array.isArray(runtimes) ? runtimes.find(r => r.language === "python") : undefined;
check("python is listed under its Piston name with its aliases",
      python && typeof python.version === "string" && python.aliases.includes("py"), python);

const hello = await client.execute("python", 'print("Hello World!")');
check("hello world", hello.run && hello.run.stdout === "Hello World!\n" && hello.run.code === 0 &&
      hello.run.signal === null && hello.language === "python", hello);

const stdin = await client.execute("python", "import sys\nprint(input()[::-1], sys.argv[1:])",
                                   { stdin: "olleh\n" });
check("stdin (and the client's default args)",
      stdin.run && stdin.run.stdout === "hello ['1', '2', '3']\n", stdin);

const broken = await client.execute("c", "int main(void) { return 0 }");
check("compile error", broken.compile && broken.compile.code !== 0 && broken.compile.status === "RE" &&
      /error/.test(broken.compile.stderr) && broken.run === undefined, broken);

process.exit(failures === 0 ? 0 : 1);
