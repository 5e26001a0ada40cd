package org.eduroadmap.api;

/** Where every API call is recorded; one implementation writes a log line, another may write elsewhere. */
public interface ApiAuditTrail {

    void record(ApiCall call);
}
