package dev.followup.privacy;

import java.io.IOException;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.PersonalData;

/** A section of the export that fails half-way while {@link #failing} is set; otherwise it is not there at all. */
@ApplicationScoped
public class FailingSection implements PersonalData {

    static volatile boolean failing;

    @Override
    public String section() {
        return failing ? "failing" : null;
    }

    @Override
    public int erasureOrder() {
        return INDEPENDENT;
    }

    @Override
    public void export(DataSubject subject, JsonGenerator json) throws IOException {
        json.writeArrayFieldStart(section());
        json.writeString("half");
        json.flush();
        throw new IllegalStateException("A section failing on purpose");
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return Map.of();
    }
}
