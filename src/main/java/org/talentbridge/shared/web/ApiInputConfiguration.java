package org.talentbridge.shared.web;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.ArrayType;
import com.fasterxml.jackson.databind.type.CollectionType;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.lang.reflect.Array;
import java.util.Collection;
import java.util.List;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How Spring MVC reads JSON request bodies (the application's own ObjectMapper, used for stored JSON, is left
 * as it is): a text is a JSON string (a number or a boolean where a text belongs is 400, never turned into
 * "123"), a text never contains U+0000, and no list has more than {@link ApiLimits#maxListItems()} items. Each
 * refusal is a Jackson error with the path of the field, which {@link ApiExceptionHandler} names in a 400.
 * Before that, {@link ApiRequestGuard} refuses what needs no reading at all (size, content type, Accept, NUL in
 * the query).
 */
@Configuration(proxyBeanMethods = false)
class ApiInputConfiguration implements WebMvcConfigurer {

    private final ApiLimits limits;

    ApiInputConfiguration(ApiLimits limits) {
        this.limits = limits;
    }

    /** Before Spring Security, so that refused requests cost no password check. */
    @Bean
    FilterRegistrationBean<ApiRequestGuard> apiRequestGuard(ApiErrors errors) {
        FilterRegistrationBean<ApiRequestGuard> registration = new FilterRegistrationBean<>(new ApiRequestGuard(limits, errors));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        for (int i = 0; i < converters.size(); i++) {
            if (converters.get(i) instanceof MappingJackson2HttpMessageConverter jackson) {
                converters.set(i, new MappingJackson2HttpMessageConverter(forRequests(jackson.getObjectMapper(), limits)));
            }
        }
    }

    /** A copy of {@code base} that reads request bodies by the rules above. */
    static ObjectMapper forRequests(ObjectMapper base, ApiLimits limits) {
        ObjectMapper mapper = base.copy();
        SimpleModule module = new SimpleModule("talent-bridge-api-input");
        module.addDeserializer(String.class, new NulRefusingStringDeserializer());
        module.setDeserializerModifier(new ListCap(limits.maxListItems()));
        mapper.registerModule(module);
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        return mapper;
    }

    /** Texts as Jackson reads them, refusing U+0000. */
    static final class NulRefusingStringDeserializer extends StdScalarDeserializer<String> {

        private static final char NUL = 0;

        NulRefusingStringDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && text.indexOf(NUL) >= 0) {
                throw new NulCharacterException(p);
            }
            return text;
        }

        @Override
        public LogicalType logicalType() {
            return LogicalType.Textual;
        }

        @Override
        public boolean isCachable() {
            return true;
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) {
            return "";
        }
    }

    /** Every collection and object array of a request, at any depth, holds at most {@code max} items. */
    static final class ListCap extends BeanDeserializerModifier {

        private final int max;

        ListCap(int max) {
            this.max = max;
        }

        @Override
        public JsonDeserializer<?> modifyCollectionDeserializer(DeserializationConfig config, CollectionType type,
                                                                BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return new Capped(deserializer, max);
        }

        @Override
        public JsonDeserializer<?> modifyArrayDeserializer(DeserializationConfig config, ArrayType type,
                                                           BeanDescription beanDesc, JsonDeserializer<?> deserializer) {
            return type.getContentType().isPrimitive() ? deserializer : new Capped(deserializer, max);
        }
    }

    static final class Capped extends DelegatingDeserializer {

        private final int max;

        Capped(JsonDeserializer<?> delegate, int max) {
            super(delegate);
            this.max = max;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Capped(newDelegatee, max);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return checked(p, _delegatee.deserialize(p, ctxt));
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt, Object intoValue) throws IOException {
            return checked(p, ((JsonDeserializer<Object>) _delegatee).deserialize(p, ctxt, intoValue));
        }

        private Object checked(JsonParser p, Object value) throws TooManyItemsException {
            int size = value instanceof Collection<?> c ? c.size() : value != null && value.getClass().isArray() ? Array.getLength(value) : 0;
            if (size > max) {
                throw new TooManyItemsException(p, max);
            }
            return value;
        }
    }
}
