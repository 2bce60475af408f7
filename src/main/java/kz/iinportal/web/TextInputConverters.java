package kz.iinportal.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Applies {@link TextInput} to every text parameter of every endpoint (form, query, path, header) before any
 * controller sees it, so no page can forget it.
 */
@Provider
public class TextInputConverters implements ParamConverterProvider {

    private static final ParamConverter<String> SINGLE_LINE = converter(false);
    private static final ParamConverter<String> MULTI_LINE = converter(true);

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != String.class) {
            return null;
        }
        if (annotations != null) {
            for (Annotation a : annotations) {
                if (a instanceof MultiLine) {
                    return (ParamConverter<T>) MULTI_LINE;
                }
                if (a instanceof Verbatim) {
                    return null;
                }
            }
        }
        return (ParamConverter<T>) SINGLE_LINE;
    }

    private static ParamConverter<String> converter(boolean multiLine) {
        return new ParamConverter<>() {
            @Override
            public String fromString(String value) {
                return TextInput.clean(value, multiLine);
            }

            @Override
            public String toString(String value) {
                return value;
            }
        };
    }
}
