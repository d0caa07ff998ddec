package dev.followup.interview;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Stores a short list of strings (topics, skills) as a JSON array in one column: the lists are
 * always read whole with their interview and never queried, so a child table would only add joins.
 */
@Converter
class StringListConverter implements AttributeConverter<List<String>, String> {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> LIST = new TypeReference<>() {
    };

    @Override
    public String convertToDatabaseColumn(List<String> values) {
        try {
            return JSON.writeValueAsString(values == null ? List.of() : values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serializes", e);
        }
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        try {
            return column == null ? List.of() : JSON.readValue(column, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("column holds a list written by convertToDatabaseColumn", e);
        }
    }
}
