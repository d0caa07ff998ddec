package dev.followup.agenda;

import java.io.IOException;
import java.time.ZoneOffset;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.core.JsonGenerator;

import dev.followup.personaldata.DataSubject;
import dev.followup.personaldata.Deletions;
import dev.followup.personaldata.Pages;
import dev.followup.personaldata.PersonalData;

/** The candidate's calendar feed: when and by whom it was made, never its token or the token's hash. */
@ApplicationScoped
class CalendarFeedPersonalData implements PersonalData {

    private final EntityManager em;

    CalendarFeedPersonalData(EntityManager em) {
        this.em = em;
    }

    @Override
    public String section() {
        return "calendarFeeds";
    }

    @Override
    public int erasureOrder() {
        return INDEPENDENT;
    }

    @Override
    public void export(DataSubject subject, JsonGenerator json) throws IOException {
        ExportedCalendarFeed exported = Pages.readApart(() -> {
            CalendarFeed feed = em.find(CalendarFeed.class,
                    new CalendarFeed.Key(subject.tenantId(), subject.ownerId()));
            return feed == null
                    ? null
                    : new ExportedCalendarFeed(feed.createdAt.atOffset(ZoneOffset.UTC), feed.createdBy);
        });
        json.writeArrayFieldStart(section());
        if (exported != null) {
            json.writeObject(exported);
        }
        json.writeEndArray();
    }

    @Override
    public Map<String, Integer> erase(DataSubject subject) {
        return new Deletions(em)
                .run("calendar_feed", "delete from calendar_feed where tenant_id = ?1 and owner_id = ?2",
                        subject.tenantId(), subject.ownerId())
                .rows();
    }
}
