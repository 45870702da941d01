package org.coexist.rules;

/** ERROR: the source documents say it is not supported. WARNING: supported with a caveat, or our inference. */
public enum Severity {
    ERROR, WARNING
}
