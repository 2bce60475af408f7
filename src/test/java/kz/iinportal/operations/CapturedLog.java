package kz.iinportal.operations;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.jboss.logmanager.ExtLogRecord;

/**
 * Every record the portal logs while installed, on the root logger beside the console: the message as printed,
 * its parameters, the MDC and the stack trace, which is everything a production log line can contain.
 */
final class CapturedLog extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final SimpleFormatter formatter = new SimpleFormatter();

    static CapturedLog install() {
        CapturedLog log = new CapturedLog();
        log.setLevel(Level.ALL);
        Logger.getLogger("").addHandler(log);
        return log;
    }

    @Override
    public void publish(LogRecord record) {
        // The MDC is read from the logging thread when asked; the test reads the record later, on its own thread.
        if (record instanceof ExtLogRecord ext) {
            ext.copyAll();
        }
        records.add(record);
    }

    List<LogRecord> records() {
        return records;
    }

    /** What a line of this record can carry. */
    String text(LogRecord record) {
        StringBuilder text = new StringBuilder(record.getLoggerName()).append(' ')
                .append(formatter.formatMessage(record));
        if (record instanceof ExtLogRecord ext) {
            text.append(' ').append(ext.getMdcCopy());
        }
        if (record.getThrown() != null) {
            StringWriter trace = new StringWriter();
            record.getThrown().printStackTrace(new PrintWriter(trace));
            text.append('\n').append(trace);
        }
        return text.toString();
    }

    String all() {
        StringBuilder all = new StringBuilder();
        records.forEach(r -> all.append(text(r)).append('\n'));
        return all.toString();
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
