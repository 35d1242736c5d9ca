package io.rampart.server.pages;

import com.samskivert.mustache.Mustache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Templates escape HTML and treat an absent value as empty; the pages' script and style. */
@Configuration(proxyBeanMethods = false)
class PagesConfiguration implements WebMvcConfigurer {

  @Bean
  Mustache.Compiler mustacheCompiler(Mustache.TemplateLoader templateLoader) {
    return Mustache.compiler().withLoader(templateLoader).escapeHTML(true).defaultValue("");
  }

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler("/assets/**").addResourceLocations("classpath:/static/assets/");
  }
}
