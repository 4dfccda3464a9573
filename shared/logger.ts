import * as runner from './runner.ts';

export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
}

/** What the suite's logic may say. Injected everywhere; action code never uses console.*. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  notice(message: string, annotation?: Annotation): void;
  warning(message: string, annotation?: Annotation): void;
  error(message: string, annotation?: Annotation): void;
  group<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export function actionsLogger(): Logger {
  return {
    debug: (m) => runner.debug(m),
    info: (m) => runner.info(m),
    notice: (m, a) => runner.notice(m, a),
    warning: (m, a) => runner.warning(m, a),
    error: (m, a) => runner.error(m, a),
    group: (name, fn) => runner.group(name, fn),
  };
}

export interface LogLine {
  level: 'debug' | 'info' | 'notice' | 'warning' | 'error';
  message: string;
  annotation?: Annotation;
}

/** A logger that records lines, for tests and for the CLI's --json mode. */
export class MemoryLogger implements Logger {
  readonly lines: LogLine[] = [];
  private readonly echo: ((line: LogLine) => void) | undefined;
  constructor(echo?: (line: LogLine) => void) {
    this.echo = echo;
  }
  private push(level: LogLine['level'], message: string, annotation?: Annotation): void {
    const line: LogLine = annotation ? { level, message, annotation } : { level, message };
    this.lines.push(line);
    this.echo?.(line);
  }
  debug(m: string): void {
    this.push('debug', m);
  }
  info(m: string): void {
    this.push('info', m);
  }
  notice(m: string, a?: Annotation): void {
    this.push('notice', m, a);
  }
  warning(m: string, a?: Annotation): void {
    this.push('warning', m, a);
  }
  error(m: string, a?: Annotation): void {
    this.push('error', m, a);
  }
  async group<T>(name: string, fn: () => Promise<T>): Promise<T> {
    this.push('info', `▸ ${name}`);
    return fn();
  }
  text(level?: LogLine['level']): string {
    return this.lines
      .filter((l) => !level || l.level === level)
      .map((l) => l.message)
      .join('\n');
  }
}
