import { Console } from "node:console";
import { setFlagsFromString } from "node:v8";
import { createConnection, Disposable, ProposedFeatures, WriteableStreamMessageWriter, type Connection, type Message, type RAL } from "vscode-languageserver/node";
import { nodePlatform } from "./node-platform.js";
import { messageParts } from "./raw-json.js";
import { startServer } from "./server.js";

// Each keystroke in a long draft leaves megabytes behind (the text joined anew, the diagnostics
// sent), and by default V8 lets the heap grow to several times what is live before it collects:
// a 2.5 MB draft took the server to 270 MB, a 10 MB one to 810 MB. Growing the heap by 40% at a
// time keeps it nearer what is live (160 and 380 MB). It costs collections: keystrokes in the
// 2.5 MB draft measured no slower, but in a 10 MB one (the size limit) about a fifth slower, and
// at 20% growth half again slower for 50 MB less. Set before the heap first grows.
setFlagsFromString("--heap-growing-percent=40");


/**
 * The connection over stdin and stdout, as `--stdio` makes it, with an encoder that writes the
 * diagnostics' JSON bytes as they are (messageParts) instead of serialising thousands of objects at
 * each keystroke: the parts of a message go out in one gathered write, never joined into one buffer.
 * The transport (--node-ipc, --socket=…) otherwise comes from the command line.
 */
function stdioConnection(): Connection {
  const encode = (message: Message) => Promise.resolve(new MessageBytes(messageParts(message)) as unknown as Uint8Array);
  const writer = new WriteableStreamMessageWriter(new PartsWritable(process.stdout), { contentTypeEncoder: { name: "application/json", encode } });
  // The library takes a stream or a writer at either end (it wraps a stream itself, and ends the
  // process when stdin closes); only its overloads pair them. What it does for `--stdio` alone is
  // keep the console off stdout, which is the protocol's: here the console writes to stderr.
  globalThis.console = new Console(process.stderr, process.stderr);
  return createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
}

/**
 * A message's bytes as parts. The writer asks only for the byte length (its Content-Length) and
 * hands the value to PartsWritable, which writes the parts.
 */
class MessageBytes {
  readonly parts: Uint8Array[];
  readonly byteLength: number;

  constructor(pieces: readonly (string | Uint8Array)[]) {
    this.parts = pieces.map((piece) => (typeof piece === "string" ? Buffer.from(piece, "utf8") : piece));
    this.byteLength = this.parts.reduce((length, part) => length + part.byteLength, 0);
  }
}

/** The writer's stream over a node stream, writing a MessageBytes' parts in one gathered write. */
class PartsWritable implements RAL.WritableStream {
  constructor(private readonly stream: NodeJS.WritableStream & { cork(): void; uncork(): void }) {}

  onClose(listener: () => void): Disposable {
    return this.listen("close", listener);
  }

  onError(listener: (error: unknown) => void): Disposable {
    return this.listen("error", listener);
  }

  onEnd(listener: () => void): Disposable {
    return this.listen("end", listener);
  }

  write(data: Uint8Array | string, encoding?: RAL.MessageBufferEncoding): Promise<void> {
    return new Promise((resolve, reject) => {
      const done = (error?: Error | null) => (error ? reject(error) : resolve());
      if (typeof data === "string") {
        this.stream.write(data, encoding as BufferEncoding, done);
      } else if (data instanceof MessageBytes) {
        this.stream.cork();
        data.parts.forEach((part, i) => (i === data.parts.length - 1 ? this.stream.write(part, done) : this.stream.write(part)));
        this.stream.uncork();
      } else {
        this.stream.write(data, done);
      }
    });
  }

  end(): void {
    this.stream.end();
  }

  private listen(event: string, listener: (error: unknown) => void): Disposable {
    this.stream.on(event, listener);
    return Disposable.create(() => this.stream.off(event, listener));
  }
}

// Last: the classes above are not hoisted.
const stdio = process.argv.includes("--stdio");
startServer(stdio ? stdioConnection() : createConnection(ProposedFeatures.all), { ...nodePlatform(), sendsRawJson: stdio });
