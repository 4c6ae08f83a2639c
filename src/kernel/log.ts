/** A structured logger: one line per event, human-readable first, details as JSON. */
export interface Logger {
  info(message: string, details?: Record<string, unknown>): void;
  warn(message: string, details?: Record<string, unknown>): void;
  error(message: string, details?: Record<string, unknown>): void;
}

type Level = 'info' | 'warn' | 'error';
export type LogSink = (level: Level, line: string) => void;

const consoleSink: LogSink = (level, line) =>
  (level === 'info' ? process.stdout : process.stderr).write(`${line}\n`);

/** A logger that writes timestamped lines to the sink (the console by default). */
export function createLogger(sink: LogSink = consoleSink, now: () => Date = () => new Date()): Logger {
  const write = (level: Level, message: string, details?: Record<string, unknown>): void => {
    const extra =
      details && Object.keys(details).length > 0 ? ` ${JSON.stringify(details, errorReplacer)}` : '';
    sink(level, `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${message}${extra}`);
  };
  return {
    info: (message, details) => write('info', message, details),
    warn: (message, details) => write('warn', message, details),
    error: (message, details) => write('error', message, details),
  };
}

function errorReplacer(_key: string, value: unknown): unknown {
  if (value instanceof Error) {
    return { name: value.name, message: value.message, stack: value.stack };
  }
  return value;
}
